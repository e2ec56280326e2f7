using System.Text.Encodings.Web;
using System.Text.Json.Serialization;
using LeagueApp.Domain;
using Microsoft.Extensions.DependencyInjection;

namespace LeagueApp.Contracts;

public static class LeagueJsonExtensions
{
    // Minimal APIs serialize with the generated metadata; positions travel as their names.
    public static IServiceCollection AddLeagueJson(this IServiceCollection services) =>
        services.ConfigureHttpJsonOptions(options =>
        {
            options.SerializerOptions.TypeInfoResolverChain.Insert(0, LeagueJsonContext.Default);
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter<Position>());
            // Problem details quote names; JSON answers are never inlined into HTML, so no \u0027 escapes are needed.
            options.SerializerOptions.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        });
}
