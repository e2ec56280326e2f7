using LeagueApp.Firestore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace LeagueApp.Data.Changes;

public static class LeagueChangeFeedExtensions
{
    /// <summary>Follows the league's documents in Firestore from this process (<see cref="LeagueChangeFeed"/>).</summary>
    public static IHostApplicationBuilder AddLeagueChangeFeed(this IHostApplicationBuilder builder, string connectionName = "firestore")
    {
        builder.AddFirestoreClient(connectionName);
        builder.Services.AddSingleton<LeagueChangeFeed>();
        builder.Services.AddHostedService(services => services.GetRequiredService<LeagueChangeFeed>());
        return builder;
    }
}
