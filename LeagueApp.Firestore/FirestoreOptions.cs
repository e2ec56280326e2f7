namespace LeagueApp.Firestore;

/// <summary>
/// Where and how to reach Firestore; bound from the configuration section <c>Firestore</c> and the connection string.
/// The retry defaults follow Google's published settings for google.firestore.v1 (5 attempts, backoff from
/// 100 ms growing 1.3× with full jitter), with deadlines scaled from its 60 s/300 s to a web request's budget.
/// </summary>
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

    /// <summary>Bounds one attempt of a call: sending it and reading its whole answer. Getting the access token has its own <see cref="TokenTimeout"/>.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Bounds one operation outside a transaction (a get, a query, a commit): all its attempts and the
    /// delays between them. An attempt never outlives it. Google's clients allow 60 s.
    /// </summary>
    public TimeSpan OperationTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Attempts of one call, the first included, while it fails with a code its method may retry.</summary>
    public int MaxAttempts { get; set; } = 5;

    /// <summary>The ceiling of the first retry's random delay.</summary>
    public TimeSpan InitialBackoff { get; set; } = TimeSpan.FromMilliseconds(100);

    /// <summary>The ceiling no retry delay exceeds.</summary>
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How much the delay's ceiling grows from one retry to the next.</summary>
    public double BackoffMultiplier { get; set; } = 1.3;

    /// <summary>Bounds getting a Google access token (cached, so only a fetch or refresh takes time); not counted in <see cref="RequestTimeout"/>.</summary>
    public TimeSpan TokenTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Bounds the readiness check: up to two attempts, so one failed answer does not take the service out
    /// of rotation. Keep it below the probe's timeout (3 s).
    /// </summary>
    public TimeSpan HealthCheckTimeout { get; set; } = TimeSpan.FromSeconds(2.5);

    /// <summary>Bounds a whole transaction: all its attempts, reads, backoff delays and commits.</summary>
    public TimeSpan TransactionTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>How often a transaction runs before an ABORTED (contention) is given up on.</summary>
    public int MaxTransactionAttempts { get; set; } = 10;

    /// <summary>The ceiling of the random delay before a transaction's second attempt; it doubles with each further one.</summary>
    public TimeSpan TransactionInitialBackoff { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>The ceiling no delay between transaction attempts exceeds.</summary>
    public TimeSpan TransactionMaxBackoff { get; set; } = TimeSpan.FromSeconds(4);

    /// <summary>
    /// Aborted transactions of this process that run their next attempt at once; the others wait their
    /// turn within <see cref="TransactionTimeout"/>. 1 serializes retries under contention.
    /// </summary>
    public int MaxConcurrentRetriedTransactions { get; set; } = 1;

    /// <summary>Documents per page when listing a collection.</summary>
    public int PageSize { get; set; } = 300;
}
