namespace LeagueApp.Firestore.Wire;

internal sealed record WireDocument(
    string? Name,
    IReadOnlyDictionary<string, FirestoreValue>? Fields,
    DateTimeOffset? CreateTime = null,
    DateTimeOffset? UpdateTime = null);
