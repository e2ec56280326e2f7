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

        RequirePositive(failures, nameof(options.RequestTimeout), options.RequestTimeout);
        RequirePositive(failures, nameof(options.OperationTimeout), options.OperationTimeout);
        RequirePositive(failures, nameof(options.TokenTimeout), options.TokenTimeout);
        RequirePositive(failures, nameof(options.HealthCheckTimeout), options.HealthCheckTimeout);
        RequirePositive(failures, nameof(options.TransactionTimeout), options.TransactionTimeout);
        RequirePositive(failures, nameof(options.InitialBackoff), options.InitialBackoff);
        RequirePositive(failures, nameof(options.TransactionInitialBackoff), options.TransactionInitialBackoff);

        if (options.MaxBackoff < options.InitialBackoff)
        {
            failures.Add("Firestore MaxBackoff must not be below InitialBackoff.");
        }

        if (options.TransactionMaxBackoff < options.TransactionInitialBackoff)
        {
            failures.Add("Firestore TransactionMaxBackoff must not be below TransactionInitialBackoff.");
        }

        if (!(options.BackoffMultiplier >= 1))
        {
            failures.Add("Firestore BackoffMultiplier must be at least 1.");
        }

        if (options.MaxAttempts < 1)
        {
            failures.Add("Firestore MaxAttempts must be at least 1.");
        }

        if (options.MaxTransactionAttempts < 1)
        {
            failures.Add("Firestore MaxTransactionAttempts must be at least 1.");
        }

        if (options.MaxConcurrentRetriedTransactions < 1)
        {
            failures.Add("Firestore MaxConcurrentRetriedTransactions must be at least 1.");
        }

        if (options.PageSize < 1)
        {
            failures.Add("Firestore PageSize must be at least 1.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void RequirePositive(List<string> failures, string name, TimeSpan value)
    {
        if (value <= TimeSpan.Zero)
        {
            failures.Add($"Firestore {name} must be positive.");
        }
    }
}
