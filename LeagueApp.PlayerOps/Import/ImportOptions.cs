namespace LeagueApp.PlayerOps.Import;

// How imports answer and report while they run (section "Imports").
public sealed class ImportOptions
{
    public const string SectionName = "Imports";

    /// <summary>
    /// How long a request waits for its import before answering 202 with the import's status instead
    /// of 200 with its summary; never past the frontend's hop (Timeouts:PlayerOps:HopAttempt).
    /// </summary>
    public TimeSpan AnswerWithin { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// How many rows one instance's running imports may hold together (two of the largest files the
    /// frontend takes); an import beyond it is answered 429 at once, unless nothing else runs.
    /// </summary>
    public int MaxRowsRunning { get; set; } = 200_000;

    /// <summary>How often a running import's status is saved, with its progress.</summary>
    public TimeSpan Heartbeat { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>A running import whose status is older than this is reported interrupted: its instance is gone.</summary>
    public TimeSpan StaleAfter { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a status is kept (its expireAt, for a Firestore TTL policy).</summary>
    public TimeSpan KeepFor { get; set; } = TimeSpan.FromDays(7);
}
