using LeagueApp.AspNetCore.Security;
using Microsoft.Extensions.Options;

namespace LeagueApp.Frontend.Backends;

// The backends accept writes only from the frontend: it presents the service key on every write.
// Reads need no key, so they go out without one.
public sealed class ApiKeyForwardingHandler(IOptions<ApiKeyOptions> options) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Method == HttpMethod.Get || request.Method == HttpMethod.Head)
        {
            return base.SendAsync(request, cancellationToken);
        }

        request.Headers.Remove(ApiKeyOptions.HeaderName);
        request.Headers.Add(ApiKeyOptions.HeaderName, options.Value.ApiKey);
        return base.SendAsync(request, cancellationToken);
    }
}
