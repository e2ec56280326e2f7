namespace LeagueApp.Data.Changes;

/// <summary>How instances that keep league answers hold their <see cref="CacheLease"/>s, bound from the section "CacheLeases".</summary>
public sealed class CacheLeaseOptions
{
    public const string SectionName = "CacheLeases";

    /// <summary>
    /// How long a lease lasts unless renewed: how long writes may wait for an instance that stopped
    /// without giving its lease back, or whose stream stalled without breaking.
    /// </summary>
    public TimeSpan Duration { get; set; } = TimeSpan.FromSeconds(4);

    /// <summary>How often a lease is renewed, beside the renewal that follows each change the stream brings.</summary>
    public TimeSpan Renewal { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How far an instance's clock may be from Firestore's; GKE nodes keep theirs within milliseconds.</summary>
    public TimeSpan ClockMargin { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>
    /// The longest a write waits for every instance to have seen it: until a lease that is not
    /// renewed has ended, and a renewal of this instance's has moved its stream past that end.
    /// </summary>
    public TimeSpan WriteWaitLimit => Duration + ClockMargin + (2 * Renewal);

    /// <summary>Null when the settings can hold; else what is wrong.</summary>
    public string? Problem() =>
        Duration <= TimeSpan.Zero || Renewal <= TimeSpan.Zero || ClockMargin < TimeSpan.Zero
            ? "CacheLeases: Duration and Renewal must be positive and ClockMargin not negative."
            : Renewal * 2 > Duration
                ? $"CacheLeases: Renewal ({Renewal}) must be at most half of Duration ({Duration}), so that a lease is renewed before it ends."
                : null;
}
