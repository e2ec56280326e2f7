namespace LeagueApp.Data;

// Collection names of the original application, kept so that its data stays readable.
public static class LeagueCollections
{
    // One document per player, id "{Team}_{Name with spaces as _}".
    public const string Players = "Teams";

    // One document per team, id = team name.
    public const string Teams = "League";

    // Not the original's: one document per frontend instance that caches league answers (Changes.CacheLease).
    public const string CacheLeases = "CacheLeases";

    // Not the original's: one document per import, its status (Import.ImportRecord).
    public const string Imports = "Imports";
}
