using System.Data.Common;

namespace LeagueApp.Firestore;

/// <summary>
/// <c>Endpoint=http://127.0.0.1:8900;ProjectId=my-project</c>. Keys are case-insensitive; an
/// <c>Endpoint</c> means the emulator, without one it is Firestore itself.
/// </summary>
public sealed record FirestoreConnectionString(Uri? Endpoint, string? ProjectId, string? DatabaseId, string? CredentialsFile)
{
    private static readonly string[] Keys = [nameof(Endpoint), nameof(ProjectId), nameof(DatabaseId), nameof(CredentialsFile)];

    /// <exception cref="FormatException">Unknown keys, or an endpoint that is not an absolute http(s) URI.</exception>
    public static FirestoreConnectionString Parse(string connectionString)
    {
        ArgumentNullException.ThrowIfNull(connectionString);
        var builder = new DbConnectionStringBuilder();
        try
        {
            builder.ConnectionString = connectionString;
        }
        catch (ArgumentException ex)
        {
            throw new FormatException($"The Firestore connection string is malformed: {ex.Message}", ex);
        }

        var unknown = builder.Keys.Cast<string>().Where(key => !Keys.Contains(key, StringComparer.OrdinalIgnoreCase)).ToList();
        if (unknown.Count > 0)
        {
            throw new FormatException(
                $"The Firestore connection string has unknown keys ({string.Join(", ", unknown)}); known keys are {string.Join(", ", Keys)}.");
        }

        return new FirestoreConnectionString(
            Value(builder, nameof(Endpoint)) is { } endpoint ? ParseEndpoint(endpoint) : null,
            Value(builder, nameof(ProjectId)),
            Value(builder, nameof(DatabaseId)),
            Value(builder, nameof(CredentialsFile)));
    }

    /// <summary>Copies the values that are present; absent keys leave the options as configured elsewhere.</summary>
    public void ApplyTo(FirestoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.EmulatorEndpoint = Endpoint ?? options.EmulatorEndpoint;
        options.ProjectId = ProjectId ?? options.ProjectId;
        options.DatabaseId = DatabaseId ?? options.DatabaseId;
        options.CredentialsFile = CredentialsFile ?? options.CredentialsFile;
    }

    private static string? Value(DbConnectionStringBuilder builder, string key) =>
        builder.TryGetValue(key, out var value) && value is string { Length: > 0 } text ? text : null;

    private static Uri ParseEndpoint(string endpoint) =>
        Uri.TryCreate(endpoint, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri
            : throw new FormatException($"The Firestore connection string's Endpoint '{endpoint}' is not an absolute http(s) URI.");
}
