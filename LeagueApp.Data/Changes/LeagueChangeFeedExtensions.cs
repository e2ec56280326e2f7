using LeagueApp.Firestore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace LeagueApp.Data.Changes;

public static class LeagueChangeFeedExtensions
{
    /// <summary>
    /// Follows the league's documents in Firestore from this process (<see cref="LeagueChangeFeed"/>),
    /// holding a cache lease (section "CacheLeases") that writers wait for, within the time the
    /// section "Timeouts" gives them.
    /// </summary>
    /// <param name="holdLease">
    /// False for an instance whose callers name the commits each answer must reflect: no writer needs
    /// to wait for it or tell it anything.
    /// </param>
    public static IHostApplicationBuilder AddLeagueChangeFeed(this IHostApplicationBuilder builder, bool holdLease = true, string connectionName = "firestore")
    {
        if (!holdLease)
        {
            builder.Services.PostConfigure<CacheLeaseOptions>(leases => leases.HoldLease = false);
        }

        builder.AddFirestoreClient(connectionName);
        builder.AddTimeoutBudget();
        builder.Services.AddOptions<CacheLeaseOptions>().BindConfiguration(CacheLeaseOptions.SectionName).ValidateOnStart();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<CacheLeaseOptions>, CacheLeaseOptionsValidator>());
        builder.Services.AddSingleton<LeagueChangeFeed>();
        builder.Services.AddHostedService(services => services.GetRequiredService<LeagueChangeFeed>());
        return builder;
    }
}
