using LeagueApp.AspNetCore.Security;
using Microsoft.Extensions.Options;

namespace LeagueApp.Frontend.Backends;

// The backends accept writes only from the frontend: it presents the service key on every write.
// Reads need no key, so they go out without one, except those marked as keyed (an import's status).
public sealed class ApiKeyForwardingHandler(IOptions<ApiKeyOptions> options) : DelegatingHandler
{
    private static readonly HttpRequestOptionsKey<bool> KeyedRead = new("LeagueApp.KeyedRead");

    /// <summary>A read that the backend answers only with the key.</summary>
    public static HttpRequestMessage Keyed(HttpRequestMessage read)
    {
        read.Options.Set(KeyedRead, true);
        return read;
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if ((request.Method == HttpMethod.Get || request.Method == HttpMethod.Head) && !request.Options.TryGetValue(KeyedRead, out _))
        {
            return base.SendAsync(request, cancellationToken);
        }

        request.Headers.Remove(ApiKeyOptions.HeaderName);
        request.Headers.Add(ApiKeyOptions.HeaderName, options.Value.ApiKey);
        return base.SendAsync(request, cancellationToken);
    }
}
