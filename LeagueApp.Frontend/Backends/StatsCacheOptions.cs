namespace LeagueApp.Frontend.Backends;

// How long the frontend keeps stats' answers, bound from the section "StatsCache".
public sealed class StatsCacheOptions
{
    public const string SectionName = "StatsCache";

    /// <summary>
    /// How long an answer may be kept at most. Changes drop it at once (the change stream, and
    /// the cache lease while a stream stalls); this bounds memory. Zero sends every read on to stats.
    /// </summary>
    public TimeSpan Lifetime { get; set; } = TimeSpan.FromSeconds(30);
}
