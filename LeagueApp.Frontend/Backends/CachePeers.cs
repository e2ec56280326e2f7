using LeagueApp.Contracts;

namespace LeagueApp.Frontend.Backends;

/// <summary>
/// The frontends' word to each other: after a write commits, every other instance that keeps answers is
/// told directly (<see cref="Path"/>) and drops them, and names the commit in its reads from stats from
/// then on, which takes a hop instead of a trip through the change stream and back. An instance that does not answer in time is waited for through its lease instead.
/// </summary>
public sealed partial class CachePeers(IHttpClientFactory clients, ILogger<CachePeers> logger)
{
    public const string ClientName = "cache-peers";

    /// <summary>The peers' endpoint: only frontends call it, with the service key; the ingress never routes it.</summary>
    public const string Path = "/internal/caches/written";

    /// <summary>True once every peer has answered that it dropped its answers and will read as of <paramref name="commitTime"/>.</summary>
    public async Task<bool> TellAsync(IReadOnlyList<string> peers, DateTimeOffset commitTime)
    {
        if (peers.Count == 0)
        {
            return true;
        }

        var client = clients.CreateClient(ClientName);
        var told = await Task.WhenAll(peers.Select(peer => TellAsync(client, peer, commitTime)));
        return told.All(answered => answered);
    }

    private async Task<bool> TellAsync(HttpClient client, string peer, DateTimeOffset commitTime)
    {
        try
        {
            using var word = new HttpRequestMessage(HttpMethod.Post, new Uri(new Uri(peer), Path));
            word.Headers.TryAddWithoutValidation(CommitTimes.Header, CommitTimes.Format(commitTime));

            // Not the request's token: a client that hangs up does not make the write any less done.
            using var response = await client.SendAsync(word, CancellationToken.None);
            if (response.IsSuccessStatusCode)
            {
                return true;
            }

            LogRefused(peer, (int)response.StatusCode);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            LogUnreachable(e, peer);
        }

        return false;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The frontend at {Peer} answered {Status} to word of a write; waiting for its cache lease instead")]
    private partial void LogRefused(string peer, int status);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The frontend at {Peer} could not be told of a write; waiting for its cache lease instead")]
    private partial void LogUnreachable(Exception exception, string peer);
}
