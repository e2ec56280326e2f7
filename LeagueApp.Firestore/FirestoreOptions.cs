namespace LeagueApp.Firestore;

/// <summary>Where and how to reach Firestore; bound from the configuration section <c>Firestore</c> and the connection string.</summary>
public sealed class FirestoreOptions
{
    public const string SectionName = "Firestore";

    public const string DefaultDatabaseId = "(default)";

    public static Uri ProductionEndpoint { get; } = new("https://firestore.googleapis.com/");

    public string ProjectId { get; set; } = "";

    public string DatabaseId { get; set; } = DefaultDatabaseId;

    /// <summary>The emulator's address, e.g. http://127.0.0.1:8900. When set, no Google credentials are used.</summary>
    public Uri? EmulatorEndpoint { get; set; }

    /// <summary>A service-account JSON key. Without it (and without an emulator) Application Default Credentials apply, e.g. Workload Identity.</summary>
    public string? CredentialsFile { get; set; }

    /// <summary>Bounds each HTTP call, including getting its access token.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Bounds a whole transaction: all its attempts, reads, backoff delays and commits.</summary>
    public TimeSpan TransactionTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>How often a transaction runs before an ABORTED (contention) is given up on.</summary>
    public int MaxTransactionAttempts { get; set; } = 5;

    /// <summary>Documents per page when listing a collection.</summary>
    public int PageSize { get; set; } = 300;
}
