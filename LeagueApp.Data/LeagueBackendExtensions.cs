using LeagueApp.Contracts;
using LeagueApp.Contracts.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;

namespace LeagueApp.Data;

// What stats, playerops and transfer have in common: the store, the wire JSON, problem details for
// every error, and writes only with the API key.
public static class LeagueBackendExtensions
{
    public static IHostApplicationBuilder AddLeagueBackend(this IHostApplicationBuilder builder)
    {
        builder.AddLeagueStore();
        builder.Services.AddLeagueJson();
        builder.Services.AddLeagueProblemDetails();
        builder.Services.AddApiKeyProtection();
        return builder;
    }

    public static WebApplication UseLeagueBackend(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseApiKeyProtection();
        return app;
    }
}
