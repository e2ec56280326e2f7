using System.Net.Http.Json;
using System.Text.Json.Serialization.Metadata;
using LeagueApp.Contracts;
using LeagueApp.Domain;

namespace LeagueApp.Frontend.Backends;

// The frontend's one way to the backends; the original routes and /api both go through it.
public sealed class LeagueGateway(IHttpClientFactory clients, BackendCaller caller, ILogger<LeagueGateway> logger)
{
    public const string Stats = "stats";
    public const string PlayerOps = "playerops";
    public const string Transfer = "transfer";

    private static readonly LeagueJsonContext Json = LeagueJsonContext.Default;

    public Task<BackendResult<IReadOnlyList<TeamStanding>>> GetTableAsync(CancellationToken ct) =>
        GetAsync(Stats, BackendRoutes.Table, Json.IReadOnlyListTeamStanding, ct);

    public Task<BackendResult<IReadOnlyList<RankedPlayer>>> GetBestOfTeamAsync(string team, CancellationToken ct) =>
        GetAsync(Stats, BackendRoutes.BestOfTeam(team), Json.IReadOnlyListRankedPlayer, ct);

    public Task<BackendResult<IReadOnlyList<RankedPlayer>>> GetTopOfPositionAsync(string position, int count, CancellationToken ct) =>
        GetAsync(Stats, BackendRoutes.TopOfPosition(position, count), Json.IReadOnlyListRankedPlayer, ct);

    /// <summary>A stats read whose JSON is already the answer's: relayed as bytes (see <see cref="BackendRoutes"/>).</summary>
    public async Task<IResult> RelayStatsReadAsync(string path, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        return await caller.RelayAsync(clients.CreateClient(Stats), request, ct);
    }

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

    private Task<BackendResult<T>> GetAsync<T>(string backend, string path, JsonTypeInfo<T> type, CancellationToken ct) =>
        SendAsync(backend, new HttpRequestMessage(HttpMethod.Get, path), type, ct);

    // After a write lands, the stats cache is evicted before the client gets its answer, so the
    // client's next read shows its write. If the eviction fails the cache's short lifetime bounds it.
    private async Task<BackendResult<T>> WriteAsync<T>(
        string backend, HttpRequestMessage request, JsonTypeInfo<T>? type, CancellationToken ct)
    {
        var result = await SendAsync(backend, request, type, ct);
        if (result.IsSuccess)
        {
            var eviction = await SendAsync<object>(Stats, new HttpRequestMessage(HttpMethod.Post, "/cache/evict"), null, ct);
            if (!eviction.IsSuccess)
            {
                logger.LogWarning("The stats cache could not be evicted after a write: {Problem}", eviction.ErrorMessage);
            }
        }

        return result;
    }

    private async Task<BackendResult<T>> SendAsync<T>(
        string backend, HttpRequestMessage request, JsonTypeInfo<T>? type, CancellationToken ct)
    {
        using (request)
        {
            return await caller.SendAsync(clients.CreateClient(backend), request, type, ct);
        }
    }
}
