using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Serialization.Metadata;
using LeagueApp.Contracts;
using LeagueApp.Domain;

namespace LeagueApp.Frontend.Backends;

// The frontend's one way to the backends; the original routes and /api both go through it.
// Stats' answers are kept until the league changes, and writes wait until every instance has seen
// them: FreshReadCache says how.
public sealed class LeagueGateway(IHttpClientFactory clients, BackendCaller caller, FreshReadCache freshReads)
{
    public const string Stats = "stats";
    public const string PlayerOps = "playerops";
    public const string Transfer = "transfer";

    private const string PreferHeader = "Prefer";

    private static readonly LeagueJsonContext Json = LeagueJsonContext.Default;

    // Made once rather than on every read: reads are the hot path.
    private Func<string, DateTimeOffset?, CancellationToken, Task<BackendAnswer?>>? _fetchStats;

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

    /// <summary>
    /// playerops' answer to an import: 200 with the summary once every cache has seen it, 202 with the
    /// status of an import that goes on in the background, or a problem.
    /// </summary>
    /// <param name="file">"players" or "league".</param>
    public Task<BackendAnswer?> ImportAsync(string file, HttpRequest request, CancellationToken ct)
    {
        // Streamed through as it arrives: the frontend neither buffers nor parses the file.
        var content = new StreamContent(request.Body);
        if (request.ContentType is { } type)
        {
            content.Headers.TryAddWithoutValidation("Content-Type", type);
        }

        content.Headers.ContentLength = request.ContentLength;
        var message = new HttpRequestMessage(HttpMethod.Post, BackendRoutes.Import(file)) { Content = content };
        // "Prefer: respond-async" (RFC 7240) asks playerops for the 202 at once.
        foreach (var preference in request.Headers[PreferHeader])
        {
            message.Headers.TryAddWithoutValidation(PreferHeader, preference);
        }

        return SendWriteAsync(PlayerOps, message, ct);
    }

    /// <summary>
    /// An import's status; a completed one (it carries its commit time) once every cache has seen it,
    /// like the import's own 200. Polls of a running one leave the caches alone.
    /// </summary>
    public async Task<IResult> GetImportStatusAsync(string id, CancellationToken ct)
    {
        var answer = await SendAsync(PlayerOps, ApiKeyForwardingHandler.Keyed(new HttpRequestMessage(HttpMethod.Get, BackendRoutes.ImportStatus(id))), ct);
        if (answer is { IsSuccess: true, CommitTime: { } committed })
        {
            await freshReads.WrittenAsync(committed);
        }

        return BackendCaller.ToRelay(answer, PlayerOps);
    }

    private async Task<BackendResult<T>> ReadStatsAsync<T>(string path, JsonTypeInfo<T> type, CancellationToken ct) =>
        caller.ToResult(await GetStatsAnswerAsync(path, ct), Stats, type);

    private Task<BackendAnswer?> GetStatsAnswerAsync(string path, CancellationToken ct) =>
        freshReads.GetAsync(path, _fetchStats ??= FetchStatsAsync, ct);

    // Stats answers from its own cache only what reflects the commits named here.
    private Task<BackendAnswer?> FetchStatsAsync(string path, DateTimeOffset? reflectUntil, CancellationToken ct)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (reflectUntil is { } until)
        {
            request.Headers.TryAddWithoutValidation(CommitTimes.ReflectHeader, CommitTimes.Format(until));
        }
        else
        {
            request.Headers.CacheControl = new CacheControlHeaderValue { NoCache = true };
        }

        return SendAsync(Stats, request, ct);
    }

    private async Task<BackendResult<T>> WriteAsync<T>(
        string backend, HttpRequestMessage request, JsonTypeInfo<T>? type, CancellationToken ct) =>
        caller.ToResult(await SendWriteAsync(backend, request, ct), backend, type);

    // A successful write is answered once no cache can answer from before it.
    private async Task<BackendAnswer?> SendWriteAsync(string backend, HttpRequestMessage request, CancellationToken ct)
    {
        var answer = await SendAsync(backend, request, ct);
        if (answer is { IsSuccess: true })
        {
            await freshReads.WrittenAsync(answer.CommitTime);
        }

        return answer;
    }

    private async Task<BackendAnswer?> SendAsync(string backend, HttpRequestMessage request, CancellationToken ct)
    {
        using (request)
        {
            return await caller.SendAsync(clients.CreateClient(backend), request, ct);
        }
    }
}
