namespace LeagueApp.Stats;

public sealed class StatsOptions
{
    public const string SectionName = "Stats";

    // Bounds the "top N" of a position so that one request cannot ask for the whole league.
    public int MaxTop { get; set; } = 20;

    /// <summary>
    /// How long an answer is kept at most. Changes to the league move reads on to new keys at once
    /// (<see cref="FollowedReadPolicy"/>); this bounds how long the old ones take memory.
    /// </summary>
    public TimeSpan CacheLifetime { get; set; } = TimeSpan.FromSeconds(30);
}
