namespace LeagueApp.Firestore;

/// <summary>
/// Where a query's results start or end: at values of its orders, or at a document's position (its
/// values of the orders, then its name).
/// </summary>
/// <param name="Before">True: the position itself is after the cut (StartAt, EndBefore).</param>
internal sealed record QueryCursor(IReadOnlyList<FirestoreValue> Values, FirestoreDocument? Document, bool Before);
