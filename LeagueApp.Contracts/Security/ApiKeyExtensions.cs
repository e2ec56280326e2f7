using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace LeagueApp.Contracts.Security;

public static class ApiKeyExtensions
{
    /// <summary>Binds <see cref="ApiKeyOptions"/> and refuses to start without a key.</summary>
    public static IServiceCollection AddApiKeyProtection(this IServiceCollection services)
    {
        services.AddOptions<ApiKeyOptions>()
            .BindConfiguration(ApiKeyOptions.SectionName)
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
