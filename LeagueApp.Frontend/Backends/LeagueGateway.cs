using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json.Serialization.Metadata;
using LeagueApp.Contracts;
using LeagueApp.Data.Changes;
using LeagueApp.Domain;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.Options;

namespace LeagueApp.Frontend.Backends;

// The frontend's one way to the backends; the original routes and /api both go through it.
// Stats' successful answers are kept (HybridCache) until the league changes: a hot read costs no hop
// at all. Firestore's change stream says when it does (LeagueChangeFeed), whoever made the change.
public sealed class LeagueGateway(
    IHttpClientFactory clients,
    BackendCaller caller,
    HybridCache cache,
    LeagueChangeFeed changes,
    IOptions<StatsCacheOptions> cacheOptions,
    ReadCacheMetrics metrics)
{
    public const string Stats = "stats";
    public const string PlayerOps = "playerops";
    public const string Transfer = "transfer";

    private static readonly LeagueJsonContext Json = LeagueJsonContext.Default;

    private readonly ReadCacheMetrics _metrics = metrics;

    private readonly HybridCacheEntryOptions _statsEntries = new()
    {
        Expiration = cacheOptions.Value.Lifetime,
        LocalCacheExpiration = cacheOptions.Value.Lifetime,
    };

    // Part of every cache key with the feed's version, and moved on by each write through this
    // instance: its own writes show at once, before the change stream brings them. A read that was
    // already on its way when a change landed stores its (old) answer under the old key, where no later read looks.
    private long _generation;

    public Task<BackendResult<IReadOnlyList<TeamStanding>>> GetTableAsync(CancellationToken ct) =>
        ReadStatsAsync(BackendRoutes.Table, Json.IReadOnlyListTeamStanding, ct);

    public Task<BackendResult<IReadOnlyList<RankedPlayer>>> GetBestOfTeamAsync(string team, CancellationToken ct) =>
        ReadStatsAsync(BackendRoutes.BestOfTeam(team), Json.IReadOnlyListRankedPlayer, ct);

    public Task<BackendResult<IReadOnlyList<RankedPlayer>>> GetTopOfPositionAsync(string position, int count, CancellationToken ct) =>
        ReadStatsAsync(BackendRoutes.TopOfPosition(position, count), Json.IReadOnlyListRankedPlayer, ct);

    /// <summary>A stats read whose JSON is already the answer's: relayed as bytes (see <see cref="BackendRoutes"/>).</summary>
    public async Task<IResult> RelayStatsReadAsync(string path, CancellationToken ct) =>
        BackendCaller.ToRelay(await GetStatsAnswerAsync(path, ct), Stats);

    /// <param name="team">The team of the address; playerops refuses a player of another team.</param>
    public Task<BackendResult<Player>> CreatePlayerAsync(string team, Player player, CancellationToken ct) =>
        WriteAsync(PlayerOps, new HttpRequestMessage(HttpMethod.Post, BackendRoutes.Squad(team))
        {
            Content = JsonContent.Create(player, Json.Player),
        }, Json.Player, ct);

    public Task<BackendResult<Player>> DeletePlayerAsync(string team, string name, CancellationToken ct) =>
        WriteAsync<Player>(PlayerOps, new HttpRequestMessage(HttpMethod.Delete, BackendRoutes.Player(team, name)), null, ct);

    public Task<BackendResult<TransferResult>> TransferAsync(TransferRequest transfer, CancellationToken ct) =>
        WriteAsync(Transfer, new HttpRequestMessage(HttpMethod.Post, "/transfers")
        {
            Content = JsonContent.Create(transfer, Json.TransferRequest),
        }, Json.TransferResult, ct);

    /// <param name="file">"players" or "league".</param>
    public Task<BackendResult<ImportSummary>> ImportAsync(string file, HttpRequest request, CancellationToken ct)
    {
        // Streamed through as it arrives: the frontend neither buffers nor parses the file.
        var content = new StreamContent(request.Body);
        if (request.ContentType is { } type)
        {
            content.Headers.TryAddWithoutValidation("Content-Type", type);
        }

        content.Headers.ContentLength = request.ContentLength;
        return WriteAsync(PlayerOps, new HttpRequestMessage(HttpMethod.Post, $"/import/{BackendRoutes.Segment(file)}") { Content = content }, Json.ImportSummary, ct);
    }

    private async Task<BackendResult<T>> ReadStatsAsync<T>(string path, JsonTypeInfo<T> type, CancellationToken ct) =>
        caller.ToResult(await GetStatsAnswerAsync(path, ct), Stats, type);

    // Only a success is kept. Errors pass through uncached, and so do 404s: names that do not exist
    // must not fill the cache. HybridCache lets one reader fetch a missing answer while the others wait for it.
    private async Task<BackendAnswer?> GetStatsAnswerAsync(string path, CancellationToken ct)
    {
        // While the change stream is down, or this instance holds no lease that writers wait for, a kept
        // answer cannot be proven current: every read makes the hop.
        if (_statsEntries.Expiration <= TimeSpan.Zero || !changes.CanUseCache)
        {
            return await SendAsync(Stats, new HttpRequestMessage(HttpMethod.Get, path), ct);
        }

        _metrics.Lookup();
        try
        {
            return await cache.GetOrCreateAsync(
                $"{changes.Version}.{Interlocked.Read(ref _generation)}:{path}",
                (Gateway: this, Path: path, Trace: Activity.Current),
                static async (state, token) =>
                {
                    // HybridCache may run this on a pool thread without the caller's context: the call
                    // to stats joins the request's trace here.
                    Activity.Current = state.Trace;
                    state.Gateway._metrics.Miss();
                    var answer = await state.Gateway.SendAsync(Stats, new HttpRequestMessage(HttpMethod.Get, state.Path), token);
                    return answer is { IsSuccess: true } ? answer : throw new UncachedAnswerException(answer);
                },
                _statsEntries,
                cancellationToken: ct);
        }
        catch (UncachedAnswerException uncached)
        {
            return uncached.Answer;
        }
    }

    // A write is answered once no instance can answer from before its commit: this instance's change
    // stream has brought it, and every other instance's lease has seen it or ended
    // (docs/api.md#fresh-reads). This instance's own entries go at once either way.
    private async Task<BackendResult<T>> WriteAsync<T>(
        string backend, HttpRequestMessage request, JsonTypeInfo<T>? type, CancellationToken ct)
    {
        var answer = await SendAsync(backend, request, ct);
        var result = caller.ToResult(answer, backend, type);
        if (result.IsSuccess)
        {
            Interlocked.Increment(ref _generation);
            if (answer?.CommitTime is { } committed && !await changes.WaitUntilSeenAsync(committed, CancellationToken.None))
            {
                _metrics.SlowChangeStream();
            }
        }

        return result;
    }

    private async Task<BackendAnswer?> SendAsync(string backend, HttpRequestMessage request, CancellationToken ct)
    {
        using (request)
        {
            return await caller.SendAsync(clients.CreateClient(backend), request, ct);
        }
    }

    // Carries an answer that must not be cached out of the cache's factory.
    private sealed class UncachedAnswerException(BackendAnswer? answer) : Exception
    {
        public BackendAnswer? Answer => answer;
    }
}
