namespace LeagueApp.Frontend.Backends;

// How long the frontend keeps stats' answers, bound from the section "StatsCache".
public sealed class StatsCacheOptions
{
    public const string SectionName = "StatsCache";

    /// <summary>
    /// As long as stats keeps its own answers: writes through this frontend evict both at once;
    /// a change made elsewhere shows within this lifetime plus stats' own. Zero sends every read on to stats.
    /// </summary>
    public TimeSpan Lifetime { get; set; } = TimeSpan.FromSeconds(5);
}
