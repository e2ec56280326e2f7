using System.Globalization;
using LeagueApp.Contracts;
using LeagueApp.Data.Changes;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Net.Http.Headers;

namespace LeagueApp.Stats;

/// <summary>
/// Keeps stats' answers in the output cache under the change feed's version, so that a table or a
/// ranking costs one Firestore query per change to the league, not one per read. A kept answer is used
/// only as far as this instance's stream can vouch for it:
/// <list type="bullet">
/// <item>A read that names the commits it must reflect (<see cref="CommitTimes.ReflectHeader"/>, as the
/// frontend sends it) is answered from the cache once the stream has passed that time, else afresh.</item>
/// <item>"Cache-Control: no-cache" (a frontend that cannot vouch for any time), or a time that cannot be
/// read: always afresh.</item>
/// <item>Neither: as current as this instance's stream, milliseconds behind Firestore.</item>
/// </list>
/// Nothing is kept or used while the stream is down. Only 200s are kept: names that do not exist must
/// not fill the cache.
/// </summary>
public sealed class FollowedReadPolicy(LeagueChangeFeed changes, TimeSpan lifetime) : IOutputCachePolicy
{
    public const string Name = "followed-reads";

    ValueTask IOutputCachePolicy.CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var version = MustReadAfresh(context.HttpContext.Request, out var reflectUntil) ? null : changes.VersionCurrentAt(reflectUntil);
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = version is not null;
        context.AllowCacheStorage = version is not null;
        context.AllowLocking = true;
        context.ResponseExpirationTimeSpan = lifetime;

        // An answer fetched under a version was read after that version's changes, so it may serve any
        // read that finds the stream still at it; a change moves every read on to new keys.
        context.CacheVaryByRules.CacheKeyPrefix = version?.ToString(CultureInfo.InvariantCulture);
        context.CacheVaryByRules.QueryKeys = "*";
        return ValueTask.CompletedTask;
    }

    ValueTask IOutputCachePolicy.ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    ValueTask IOutputCachePolicy.ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        if (context.HttpContext.Response.StatusCode != StatusCodes.Status200OK)
        {
            context.AllowCacheStorage = false;
        }

        return ValueTask.CompletedTask;
    }

    private static bool MustReadAfresh(HttpRequest request, out DateTimeOffset? reflectUntil)
    {
        reflectUntil = null;
        if (HeaderUtilities.ContainsCacheDirective(request.Headers.CacheControl, CacheControlHeaderValue.NoCacheString))
        {
            return true;
        }

        var named = request.Headers[CommitTimes.ReflectHeader];
        if (named.Count == 0)
        {
            return false;
        }

        if (named.Count == 1 && CommitTimes.TryParse(named[0], out var time))
        {
            reflectUntil = time;
            return false;
        }

        return true;
    }
}
