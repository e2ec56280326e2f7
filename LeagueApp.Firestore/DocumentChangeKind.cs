namespace LeagueApp.Firestore;

public enum DocumentChangeKind
{
    /// <summary>The document now matches the query: created, or changed so that it matches.</summary>
    Added,

    /// <summary>The document matched before and still does, with a new update time.</summary>
    Modified,

    /// <summary>The document no longer matches the query: deleted, or changed so that it does not match.</summary>
    Removed,
}
