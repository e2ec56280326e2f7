namespace LeagueApp.Firestore;

/// <summary>How long and how often one operation may try; each attempt also ends at <see cref="FirestoreOptions.RequestTimeout"/>.</summary>
internal sealed record RetryBudget(TimeSpan Timeout, int MaxAttempts);
