namespace LeagueApp.Firestore;

/// <summary>How long and how often one operation may try.</summary>
/// <param name="AttemptTimeout">Bounds each attempt below the transport's own <see cref="FirestoreOptions.RequestTimeout"/>; null leaves that alone.</param>
internal sealed record RetryBudget(TimeSpan Timeout, int MaxAttempts, TimeSpan? AttemptTimeout = null);
