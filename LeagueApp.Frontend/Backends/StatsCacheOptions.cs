namespace LeagueApp.Frontend.Backends;

// How long the frontend keeps stats' answers, bound from the section "StatsCache".
public sealed class StatsCacheOptions
{
    public const string SectionName = "StatsCache";

    /// <summary>
    /// How long an answer may be kept at most. Changes drop it at once (the change stream); this bounds
    /// memory, and how long a stream that stalls without breaking could go unnoticed. Zero sends every read on to stats.
    /// </summary>
    public TimeSpan Lifetime { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How long a write's answer waits at most for this instance's change stream to bring the commit
    /// (on the emulator it takes milliseconds); past it the write is answered anyway and counted in
    /// <c>leagueapp.cache.slow_streams</c>.
    /// </summary>
    public TimeSpan WriteVisibilityLimit { get; set; } = TimeSpan.FromSeconds(1);
}
