namespace LeagueApp.Domain;

/// <summary>The bounds the validators enforce, public so that API descriptions can quote them.</summary>
public static class Limits
{
    public const int MaxNameLength = 64;

    /// <summary>Far above any real season's figure, low enough that scores cannot overflow.</summary>
    public const int MaxStatistic = 100_000;

    /// <summary>A 38-game league season plus cup matches.</summary>
    public const int MaxAppearances = 60;

    public const int MaxPlayed = 60;

    public const int MaxPoints = 3 * MaxPlayed;

    public const int MaxPrice = 10_000;

    public const int MaxCapital = 1_000_000;
}
