namespace LeagueApp.Firestore;

/// <param name="Document">The new version; for a removal, the last version the listen saw.</param>
public sealed record DocumentChange(DocumentChangeKind Kind, FirestoreDocument Document);
