namespace LeagueApp.AppHost.Commands;

/// <summary>
/// What the dashboard's data commands call, with the write key: playerops. The frontends' read
/// caches follow Firestore's change stream, so they see these writes without being told.
/// </summary>
public sealed class LeagueAdmin(IResourceBuilder<ProjectResource> playerops, IResourceBuilder<ParameterResource> apiKey)
{
    private readonly EndpointReference _playerops = playerops.GetEndpoint("http");

    internal Task<ServiceAnswer> WriteAsync(ExecuteCommandContext context, string path, HttpContent? content = null) =>
        ServiceCall.SendAsync(context, HttpMethod.Post, new Uri(new Uri(_playerops.Url), path), apiKey.Resource, content);

    internal Task<ServiceAnswer> ReadAsync(ExecuteCommandContext context, string path) =>
        ServiceCall.SendAsync(context, HttpMethod.Get, new Uri(new Uri(_playerops.Url), path), apiKey.Resource);
}
