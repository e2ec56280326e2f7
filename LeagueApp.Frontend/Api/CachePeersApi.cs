using LeagueApp.AspNetCore.Security;
using LeagueApp.Contracts;
using LeagueApp.Data.Changes;
using LeagueApp.Frontend.Backends;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace LeagueApp.Frontend.Api;

public static class CachePeersApi
{
    /// <summary>
    /// The endpoint through which another frontend tells this one of a write (<see cref="CachePeers"/>),
    /// and, once the server listens, its address in this instance's cache lease.
    /// </summary>
    public static WebApplication MapCachePeersApi(this WebApplication app)
    {
        // The word names its commit, which this instance's reads from stats must reflect from now on;
        // a word without one is refused, and its sender waits for this instance's lease instead.
        app.MapPost(CachePeers.Path, Results<NoContent, ValidationProblem> ([FromHeader(Name = CommitTimes.Header)] string? commitTime, FreshReadCache freshReads) =>
            {
                if (!CommitTimes.TryParse(commitTime, out var committed))
                {
                    return TypedResults.ValidationProblem(new Dictionary<string, string[]>
                    {
                        [CommitTimes.Header] = [$"The {CommitTimes.Header} header must give the write's commit time (ISO 8601)."],
                    });
                }

                freshReads.DropKept(committed);
                return TypedResults.NoContent();
            })
            .RequireApiKey()
            .ExcludeFromDescription();

        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var bound = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            if (PeerAddress.Find(bound, app.Configuration[PeerAddress.PodIpKey]) is { } address)
            {
                app.Services.GetRequiredService<LeagueChangeFeed>().Advertise(address);
            }
            else
            {
                app.Logger.LogWarning(
                    "No address for other frontends to reach this one ({Key} unset, no loopback address among {Bound}): their writes wait for its cache lease instead",
                    PeerAddress.PodIpKey,
                    bound);
            }
        });

        return app;
    }
}
