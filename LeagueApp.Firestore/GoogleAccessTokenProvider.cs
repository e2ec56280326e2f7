using Google.Apis.Auth.OAuth2;
using Microsoft.Extensions.Options;

namespace LeagueApp.Firestore;

/// <summary>
/// Google access tokens for Firestore. The credential is loaded once (a service-account key file,
/// else Application Default Credentials such as Workload Identity) and caches and refreshes its tokens.
/// </summary>
internal sealed class GoogleAccessTokenProvider(IOptions<FirestoreOptions> options) : IDisposable
{
    private const string DatastoreScope = "https://www.googleapis.com/auth/datastore";

    private readonly SemaphoreSlim _loading = new(1, 1);
    private ITokenAccess? _credential;

    public async Task<string> GetAccessTokenAsync(CancellationToken ct)
    {
        var credential = _credential ?? await LoadCredentialAsync(ct);
        return await credential.GetAccessTokenForRequestAsync(cancellationToken: ct);
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
        // CredentialFactory with an explicit type: only a service-account key is accepted from the file.
        var credential = credentialsFile is null
            ? await GoogleCredential.GetApplicationDefaultAsync(ct)
            : (await CredentialFactory.FromFileAsync<ServiceAccountCredential>(credentialsFile, ct)).ToGoogleCredential();
        return credential.CreateScoped(DatastoreScope);
    }
}
