using LeagueApp.AspNetCore;
using LeagueApp.AspNetCore.Security;
using LeagueApp.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace LeagueApp.Backend;

// What stats, playerops and transfer have in common: the store, the wire JSON, problem details for
// every error (the database's failures included), and writes only with the API key.
public static class LeagueBackendExtensions
{
    public static IHostApplicationBuilder AddLeagueBackend(this IHostApplicationBuilder builder)
    {
        builder.AddLeagueStore();
        builder.Services.AddLeagueJson();
        builder.Services.AddLeagueProblemDetails();
        builder.Services.AddExceptionHandler<DatabaseExceptionHandler>();
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
