using Microsoft.Extensions.Options;

namespace LeagueApp.Firestore;

/// <summary>Checked at start, so a misconfigured service fails before taking traffic.</summary>
internal sealed class FirestoreOptionsValidator(string connectionName) : IValidateOptions<FirestoreOptions>
{
    public ValidateOptionsResult Validate(string? name, FirestoreOptions options)
    {
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.ProjectId))
        {
            failures.Add(
                $"Firestore ProjectId is missing: set '{FirestoreOptions.SectionName}:ProjectId' or 'ProjectId=...' in the connection string 'ConnectionStrings:{connectionName}'.");
        }

        if (string.IsNullOrWhiteSpace(options.DatabaseId))
        {
            failures.Add($"Firestore DatabaseId is empty; the default database is '{FirestoreOptions.DefaultDatabaseId}'.");
        }

        if (options.EmulatorEndpoint is { } endpoint
            && (!endpoint.IsAbsoluteUri || (endpoint.Scheme != Uri.UriSchemeHttp && endpoint.Scheme != Uri.UriSchemeHttps)))
        {
            failures.Add($"Firestore EmulatorEndpoint '{endpoint}' is not an absolute http(s) URI.");
        }

        if (options.EmulatorEndpoint is null && options.CredentialsFile is { } file && !File.Exists(file))
        {
            failures.Add($"Firestore CredentialsFile '{file}' does not exist.");
        }

        if (options.RequestTimeout <= TimeSpan.Zero)
        {
            failures.Add("Firestore RequestTimeout must be positive.");
        }

        if (options.TransactionTimeout <= TimeSpan.Zero)
        {
            failures.Add("Firestore TransactionTimeout must be positive.");
        }

        if (options.MaxTransactionAttempts < 1)
        {
            failures.Add("Firestore MaxTransactionAttempts must be at least 1.");
        }

        if (options.PageSize < 1)
        {
            failures.Add("Firestore PageSize must be at least 1.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
