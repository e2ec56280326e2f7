using LeagueApp.Data.Idempotency;
using LeagueApp.Firestore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace LeagueApp.Data;

public static class LeagueStoreExtensions
{
    /// <summary>Registers the Firestore client of <paramref name="connectionName"/> and the league's store over it.</summary>
    public static IHostApplicationBuilder AddLeagueStore(this IHostApplicationBuilder builder, string connectionName = "firestore")
    {
        builder.AddFirestoreClient(connectionName);
        builder.Services.AddSingleton<LeagueStore>();
        builder.Services.AddSingleton<IdempotencyStore>();
        return builder;
    }
}
