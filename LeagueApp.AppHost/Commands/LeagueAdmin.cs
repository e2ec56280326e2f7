using Microsoft.Extensions.Logging;

namespace LeagueApp.AppHost.Commands;

/// <summary>
/// What the dashboard's data commands call, with the write key: playerops to write, then the
/// frontend to drop its read cache and stats' afterwards, since these writes do not go through it.
/// </summary>
public sealed class LeagueAdmin(
    IResourceBuilder<ProjectResource> playerops, IResourceBuilder<ProjectResource> frontend, IResourceBuilder<ParameterResource> apiKey)
{
    // The frontend's CacheApi.
    private const string EvictPath = "/cache/evict";

    private readonly EndpointReference _playerops = playerops.GetEndpoint("http");
    private readonly EndpointReference _frontend = frontend.GetEndpoint("http");

    internal async Task<ServiceAnswer> WriteAsync(ExecuteCommandContext context, string path, HttpContent? content = null)
    {
        var answer = await ServiceCall.SendAsync(context, HttpMethod.Post, new Uri(new Uri(_playerops.Url), path), apiKey.Resource, content);
        var eviction = await ServiceCall.SendAsync(context, HttpMethod.Post, new Uri(new Uri(_frontend.Url), EvictPath), apiKey.Resource);
        if (!eviction.IsSuccess)
        {
            // Not fatal: the cache's short lifetime bounds how long reads lag behind.
            context.Logger.LogWarning("The read caches could not be evicted: {Problem}", eviction.Text);
        }

        return answer;
    }
}
