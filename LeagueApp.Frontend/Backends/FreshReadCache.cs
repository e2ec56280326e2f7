using System.Diagnostics;
using LeagueApp.Data.Changes;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.Options;

namespace LeagueApp.Frontend.Backends;

/// <summary>
/// How the frontend keeps stats' answers, and how a write reaches every kept answer, in one place
/// (docs/api.md#fresh-reads has the guarantee and its cost):
/// <list type="bullet">
/// <item>A read is kept under a key made of the change feed's version, which moves on with every change
/// to the league (whoever made it) and every break of the stream, and of this instance's write
/// generation. A read that was already on its way when a change landed stores its (old) answer under
/// the old key, where no later read looks. Nothing is kept or used while the feed cannot vouch for it
/// (<see cref="LeagueChangeFeed.CanUseCache"/>: stream down, or no lease that writers wait for).</item>
/// <item>A write moves this instance's generation on at once, then is answered once no instance can
/// answer from before its commit: each other instance its lease names was told directly and moved its
/// own generation on (<see cref="CachePeers"/>, one hop), or else, when one could not be told,
/// <see cref="LeagueChangeFeed.WaitUntilSeenAsync"/>: every instance's stream has brought the commit,
/// as their cache leases say, or their lease has ended.</item>
/// </list>
/// Stats keeps answers too, under its own stream's version: each read this instance sends it names the
/// commits the answer must reflect (every change this instance's stream has brought, every write it made
/// or was told of), or, while this instance cannot vouch for its stream, asks for a fresh read.
/// Only successes are kept: errors and 404s pass through (names that do not exist must not fill the
/// cache). HybridCache lets one reader fetch a missing answer while the others wait for it.
/// </summary>
public sealed class FreshReadCache(
    HybridCache cache, LeagueChangeFeed changes, CachePeers peers, IOptions<StatsCacheOptions> options, ReadCacheMetrics metrics, TimeProvider time)
{
    private readonly HybridCacheEntryOptions _entries = new()
    {
        Expiration = options.Value.Lifetime,
        LocalCacheExpiration = options.Value.Lifetime,
    };

    private long _generation;

    // The latest commit this instance made or was told of, as UTC ticks (0: none yet).
    private long _toldTicks;

    /// <summary>
    /// The kept answer for <paramref name="path"/>, or what <paramref name="fetch"/> brings (kept if a
    /// success), given the time up to which stats' answer must reflect every commit (null: read afresh).
    /// </summary>
    public async Task<BackendAnswer?> GetAsync(
        string path, Func<string, DateTimeOffset?, CancellationToken, Task<BackendAnswer?>> fetch, CancellationToken ct)
    {
        // The key first, then what stats must reflect: a change or a word that lands in between then
        // names a later time under the older key, never an older time under the newer key.
        var generation = Interlocked.Read(ref _generation);
        var told = Interlocked.Read(ref _toldTicks);
        var (version, latestChange) = changes.VersionAndLatestChange();
        var reflectUntil = ReflectUntil(changes.CanUseCache, latestChange, told == 0 ? null : new DateTimeOffset(told, TimeSpan.Zero));
        if (_entries.Expiration <= TimeSpan.Zero || reflectUntil is null)
        {
            return await fetch(path, reflectUntil, ct);
        }

        metrics.Lookup();
        try
        {
            return await cache.GetOrCreateAsync(
                $"{version}.{generation}:{path}",
                (Metrics: metrics, Fetch: fetch, Path: path, ReflectUntil: reflectUntil, Trace: Activity.Current),
                static async (state, token) =>
                {
                    // HybridCache may run this on a pool thread without the caller's context: the call
                    // to stats joins the request's trace here.
                    Activity.Current = state.Trace;
                    state.Metrics.Miss();
                    var answer = await state.Fetch(state.Path, state.ReflectUntil, token);
                    return answer is { IsSuccess: true } ? answer : throw new UncachedAnswerException(answer);
                },
                _entries,
                cancellationToken: ct);
        }
        catch (UncachedAnswerException uncached)
        {
            return uncached.Answer;
        }
    }

    /// <summary>After a successful write: returns once no instance can answer from before <paramref name="commitTime"/>.</summary>
    public async Task WrittenAsync(DateTimeOffset? commitTime)
    {
        // This instance's own entries go at once, whatever the stream does.
        DropKept(commitTime);

        if (commitTime is not { } committed)
        {
            return;
        }

        var started = time.GetTimestamp();
        var told = changes.PeersToTell(committed) is { } others && await peers.TellAsync(others, committed);

        // Not the request's token: a client that hangs up does not make the write any less done.
        if (!told && !await changes.WaitUntilSeenAsync(committed, CancellationToken.None))
        {
            metrics.SlowChangeStream();
        }

        metrics.WriteWaited(time.GetElapsedTime(started), told);
    }

    /// <summary>
    /// A write committed (this instance's, or another frontend's word of its own): the kept answers go at
    /// once, and reads from stats reflect <paramref name="commitTime"/> from now on.
    /// </summary>
    public void DropKept(DateTimeOffset? commitTime)
    {
        if (commitTime is { } committed)
        {
            var ticks = committed.UtcTicks;
            for (var told = Interlocked.Read(ref _toldTicks); told < ticks; told = Interlocked.Read(ref _toldTicks))
            {
                if (Interlocked.CompareExchange(ref _toldTicks, ticks, told) == told)
                {
                    break;
                }
            }
        }

        // After the commit: a read that finds the new generation names this commit too.
        Interlocked.Increment(ref _generation);
    }

    /// <summary>
    /// The time up to which a read from stats must reflect every commit: the later of the latest change
    /// this instance's stream brought and the latest commit it made or was told of. While it holds a
    /// lease that every writer tells or waits for, each write answered so far is in one or the other.
    /// Null when it cannot vouch for that: stats must read afresh.
    /// </summary>
    public static DateTimeOffset? ReflectUntil(bool canVouch, DateTimeOffset? latestChange, DateTimeOffset? told) =>
        !canVouch ? null
        : latestChange is not { } change ? told
        : told is { } commit && commit > change ? commit
        : change;

    // Carries an answer that must not be kept out of the cache's factory.
    private sealed class UncachedAnswerException(BackendAnswer? answer) : Exception
    {
        public BackendAnswer? Answer => answer;
    }
}
