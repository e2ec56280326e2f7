using LeagueApp.Contracts.Security;
using Microsoft.Extensions.Options;

namespace LeagueApp.Frontend.Backends;

// The backends accept writes only from the frontend: it presents the service key on every call.
public sealed class ApiKeyForwardingHandler(IOptions<ApiKeyOptions> options) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Headers.Remove(ApiKeyOptions.HeaderName);
        request.Headers.Add(ApiKeyOptions.HeaderName, options.Value.ApiKey);
        return base.SendAsync(request, cancellationToken);
    }
}
