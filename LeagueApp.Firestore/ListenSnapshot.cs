namespace LeagueApp.Firestore;

/// <summary>A consistent state of every query of one listen stream, all at the same read time.</summary>
/// <param name="Queries">One snapshot per query, in the order the queries were given.</param>
/// <param name="ReadTime">Every change committed up to it is reflected in each query's snapshot.</param>
public sealed record ListenSnapshot(IReadOnlyList<QuerySnapshot> Queries, DateTimeOffset ReadTime);
