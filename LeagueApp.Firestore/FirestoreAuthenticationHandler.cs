using System.Net.Http.Headers;
using Google.Apis.Auth.OAuth2.Responses;
using Microsoft.Extensions.Options;

namespace LeagueApp.Firestore;

/// <summary>
/// Puts the bearer token on each request. The client gets the token before each attempt, outside the
/// attempt's timeout (<see cref="FirestoreClientExtensions.AddFirestoreClient"/>), so here it comes from the cache.
/// </summary>
internal sealed class FirestoreAuthenticationHandler(IOptions<FirestoreOptions> options, GoogleAccessTokenProvider tokens) : DelegatingHandler
{
    // The emulator grants this fixed token full access, bypassing security rules.
    private const string EmulatorToken = "owner";

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        string token;
        try
        {
            token = options.Value.EmulatorEndpoint is null ? await tokens.GetAccessTokenAsync(cancellationToken) : EmulatorToken;
        }
        catch (TokenResponseException ex)
        {
            // The token endpoint's error code and description name the problem without carrying secrets.
            throw new FirestoreException(
                $"No Google access token for Firestore: {ex.Error.Error} {ex.Error.ErrorDescription}".TrimEnd(),
                ex.StatusCode,
                "UNAUTHENTICATED",
                ex);
        }

        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await base.SendAsync(request, cancellationToken);
    }
}
