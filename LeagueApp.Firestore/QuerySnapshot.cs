namespace LeagueApp.Firestore;

/// <summary>
/// A consistent state of a listened query: every document that matched it at <see cref="ReadTime"/>,
/// and what changed since the previous snapshot of the same listen (for the first one, every
/// document is <see cref="DocumentChangeKind.Added"/>).
/// </summary>
/// <param name="Documents">Ordered by document id, whatever the query's order.</param>
/// <param name="Changes">Removals first, then additions, then modifications, each ordered by document id.</param>
public sealed record QuerySnapshot(IReadOnlyList<FirestoreDocument> Documents, IReadOnlyList<DocumentChange> Changes, DateTimeOffset ReadTime);
