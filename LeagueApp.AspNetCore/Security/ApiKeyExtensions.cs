using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace LeagueApp.AspNetCore.Security;

public static class ApiKeyExtensions
{
    /// <summary>Reads the key from the connection string <c>api-key</c> and refuses to start without one.</summary>
    public static IServiceCollection AddApiKeyProtection(this IServiceCollection services)
    {
        services.AddOptions<ApiKeyOptions>()
            .Configure<IConfiguration>((options, configuration) =>
                options.ApiKey = configuration.GetConnectionString(ApiKeyOptions.ConnectionName) ?? "")
            .ValidateDataAnnotations()
            .ValidateOnStart();
        return services;
    }

    /// <summary>Enforces the key on every endpoint marked with <see cref="RequireApiKey{TBuilder}"/>.</summary>
    public static IApplicationBuilder UseApiKeyProtection(this IApplicationBuilder app) => app.UseMiddleware<ApiKeyMiddleware>();

    /// <summary>Writes on these endpoints need the API key; a missing or wrong one gets a 401 problem.</summary>
    public static TBuilder RequireApiKey<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder
            .WithMetadata(new ApiKeyRequiredMetadata())
            .ProducesProblem(StatusCodes.Status401Unauthorized);
}
