namespace LeagueApp.Firestore;

/// <summary>
/// The outcome of a commit. <see cref="UpdateTimes"/> follows the order of the writes; a delete has none.
/// </summary>
public sealed record CommitResult(DateTimeOffset CommitTime, IReadOnlyList<DateTimeOffset?> UpdateTimes);
