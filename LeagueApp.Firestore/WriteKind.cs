namespace LeagueApp.Firestore;

public enum WriteKind
{
    /// <summary>Writes the whole document; fails when it exists.</summary>
    Create,

    /// <summary>Writes the whole document, replacing any stored one.</summary>
    Set,

    /// <summary>Writes only the given fields (the update mask); other stored fields stay.</summary>
    Update,

    Delete,
}
