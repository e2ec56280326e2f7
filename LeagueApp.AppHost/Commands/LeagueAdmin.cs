using Microsoft.Extensions.Logging;

namespace LeagueApp.AppHost.Commands;

/// <summary>
/// What the dashboard's data commands call, with the write key: playerops to write, and stats to
/// drop its read cache afterwards, since these writes do not go through the frontend that would.
/// </summary>
public sealed class LeagueAdmin(
    IResourceBuilder<ProjectResource> playerops, IResourceBuilder<ProjectResource> stats, IResourceBuilder<ParameterResource> apiKey)
{
    // Stats' ReadCache.MapReadCacheApi.
    private const string EvictPath = "/cache/evict";

    private readonly EndpointReference _playerops = playerops.GetEndpoint("http");
    private readonly EndpointReference _stats = stats.GetEndpoint("http");

    internal async Task<ServiceAnswer> WriteAsync(ExecuteCommandContext context, string path, HttpContent? content = null)
    {
        var answer = await ServiceCall.SendAsync(context, HttpMethod.Post, new Uri(new Uri(_playerops.Url), path), apiKey.Resource, content);
        var eviction = await ServiceCall.SendAsync(context, HttpMethod.Post, new Uri(new Uri(_stats.Url), EvictPath), apiKey.Resource);
        if (!eviction.IsSuccess)
        {
            // Not fatal: the cache's short lifetime bounds how long reads lag behind.
            context.Logger.LogWarning("The stats cache could not be evicted: {Problem}", eviction.Text);
        }

        return answer;
    }
}
