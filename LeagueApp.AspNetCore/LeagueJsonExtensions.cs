using System.Text.Encodings.Web;
using System.Text.Json.Serialization;
using LeagueApp.Contracts;
using LeagueApp.Domain;
using Microsoft.Extensions.DependencyInjection;

namespace LeagueApp.AspNetCore;

public static class LeagueJsonExtensions
{
    /// <summary>Problem details for every error, and 4xx (not 500) for bodies that cannot be read.</summary>
    public static IServiceCollection AddLeagueProblemDetails(this IServiceCollection services)
    {
        services.AddProblemDetails();
        services.AddExceptionHandler<BadRequestExceptionHandler>();
        return services;
    }

    // Minimal APIs serialize with the generated metadata; positions travel as their names.
    public static IServiceCollection AddLeagueJson(this IServiceCollection services) =>
        services.ConfigureHttpJsonOptions(options =>
        {
            options.SerializerOptions.TypeInfoResolverChain.Insert(0, LeagueJsonContext.Default);
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter<Position>(allowIntegerValues: false));
            options.SerializerOptions.RespectNullableAnnotations = true;
            options.SerializerOptions.RespectRequiredConstructorParameters = true;
            options.SerializerOptions.AllowDuplicateProperties = false;
            options.SerializerOptions.NumberHandling = JsonNumberHandling.Strict;
            // Problem details quote names; JSON answers are never inlined into HTML, so no \u0027 escapes are needed.
            options.SerializerOptions.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        });
}
