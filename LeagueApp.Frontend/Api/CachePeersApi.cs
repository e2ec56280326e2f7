using LeagueApp.AspNetCore.Security;
using LeagueApp.Data.Changes;
using LeagueApp.Frontend.Backends;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace LeagueApp.Frontend.Api;

public static class CachePeersApi
{
    /// <summary>
    /// The endpoint through which another frontend tells this one of a write (<see cref="CachePeers"/>),
    /// and, once the server listens, its address in this instance's cache lease.
    /// </summary>
    public static WebApplication MapCachePeersApi(this WebApplication app)
    {
        app.MapPost(CachePeers.Path, (FreshReadCache freshReads) =>
            {
                freshReads.DropKept();
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
