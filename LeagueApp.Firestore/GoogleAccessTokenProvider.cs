using Google.Apis.Auth.OAuth2;
using Google.Apis.Auth.OAuth2.Responses;
using Microsoft.Extensions.Options;

namespace LeagueApp.Firestore;

/// <summary>
/// Google access tokens for Firestore. The credential is loaded once (a service-account key file,
/// else Application Default Credentials such as Workload Identity) and caches and refreshes its tokens.
/// Getting one is bounded by <see cref="FirestoreOptions.TokenTimeout"/>, apart from the call it is for,
/// and every way of not getting one is a <see cref="FirestoreException"/> that says which.
/// </summary>
internal sealed class GoogleAccessTokenProvider(IOptions<FirestoreOptions> options, TimeProvider timeProvider) : IDisposable
{
    private const string DatastoreScope = "https://www.googleapis.com/auth/datastore";

    private readonly SemaphoreSlim _loading = new(1, 1);
    private ITokenAccess? _credential;

    public async Task<string> GetAccessTokenAsync(CancellationToken ct)
    {
        var timeout = options.Value.TokenTimeout;
        using var budget = new CancellationTokenSource(timeout, timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct, budget.Token);
        try
        {
            var credential = _credential ?? await LoadCredentialAsync(linked.Token);
            return await credential.GetAccessTokenForRequestAsync(cancellationToken: linked.Token);
        }
        catch (OperationCanceledException ex) when (budget.IsCancellationRequested && !ct.IsCancellationRequested)
        {
            // UNAVAILABLE: the metadata server or token endpoint did not answer; the retrier tries
            // again like any other attempt that did not get through.
            throw new FirestoreUnavailableException(
                $"No Google access token for Firestore within {timeout.TotalSeconds:0.###} s.", statusCode: null, FirestoreStatus.Unavailable, ex);
        }
        catch (TokenResponseException ex)
        {
            // The token endpoint's error code and description name the problem without carrying secrets.
            throw new FirestoreException(
                $"No Google access token for Firestore: {ex.Error.Error} {ex.Error.ErrorDescription}".TrimEnd(),
                ex.StatusCode,
                FirestoreStatus.Unauthenticated,
                ex);
        }
    }

    public void Dispose() => _loading.Dispose();

    private async Task<ITokenAccess> LoadCredentialAsync(CancellationToken ct)
    {
        await _loading.WaitAsync(ct);
        try
        {
            return _credential ??= await CreateCredentialAsync(options.Value.CredentialsFile, ct);
        }
        finally
        {
            _loading.Release();
        }
    }

    private static async Task<ITokenAccess> CreateCredentialAsync(string? credentialsFile, CancellationToken ct)
    {
        try
        {
            // CredentialFactory with an explicit type: only a service-account key is accepted from the file.
            var credential = credentialsFile is null
                ? await GoogleCredential.GetApplicationDefaultAsync(ct)
                : (await CredentialFactory.FromFileAsync<ServiceAccountCredential>(credentialsFile, ct)).ToGoogleCredential();
            return credential.CreateScoped(DatastoreScope);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // No Workload Identity, no key file, or one that is not a service-account key: a setup problem the
            // message names, answered as an unavailable database rather than a server error.
            throw new FirestoreException($"No Google credentials for Firestore: {ex.Message}", statusCode: null, FirestoreStatus.Unauthenticated, ex);
        }
    }
}
