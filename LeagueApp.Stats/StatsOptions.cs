namespace LeagueApp.Stats;

public sealed class StatsOptions
{
    public const string SectionName = "Stats";

    // Bounds the "top N" of a position so that one request cannot ask for the whole league.
    public int MaxTop { get; set; } = 20;
}
