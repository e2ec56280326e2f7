namespace LeagueApp.Stats;

public sealed class StatsOptions
{
    public const string SectionName = "Stats";

    // Bounds the "top N" of a position so that one request cannot ask for the whole league.
    public int MaxTop { get; set; } = 20;

    /// <summary>
    /// How long a read answer is served from memory. Our own writes evict it at once (through this
    /// instance); other replicas and writes that bypass the frontend are seen within this time.
    /// </summary>
    public TimeSpan CacheLifetime { get; set; } = TimeSpan.FromSeconds(5);
}
