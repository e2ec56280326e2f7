namespace LeagueApp.Firestore;

/// <summary>A document of a top-level collection, as read from Firestore.</summary>
public sealed record FirestoreDocument(
    string Collection,
    string Id,
    DocumentFields Fields,
    DateTimeOffset? CreateTime,
    DateTimeOffset? UpdateTime);
