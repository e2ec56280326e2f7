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

    /// <summary>How often a lease is renewed: its <see cref="CacheLease.Seen"/> moves on at that pace, which is what a write that could not tell an instance directly waits for.</summary>
    public TimeSpan Renewal { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How far an instance's clock may be from Firestore's; GKE nodes keep theirs within milliseconds.</summary>
    public TimeSpan ClockMargin { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>
    /// How far this instance's stream must have moved past the start of its holding (the commit of its
    /// first lease, or of the first renewal after its lease ended) before it answers from its cache. A
    /// writer tells the instances its own stream knows of, and its stream is at most this far behind
    /// its commit, so an instance it cannot know of yet keeps nothing until its stream is past that commit.
    /// </summary>
    public TimeSpan JoinDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How long a writer waits for the other instances to take word of its commit directly, before it waits for their leases instead.</summary>
    public TimeSpan PeerTimeout { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>False for an instance whose answers no writer needs to wait for (see <see cref="LeagueChangeFeedExtensions.AddLeagueChangeFeed"/>).</summary>
    public bool HoldLease { get; set; } = true;

    /// <summary>
    /// The longest a write waits for every instance's lease to have seen it: until a lease that is not
    /// renewed has ended, and a renewal of this instance's has moved its stream past that end.
    /// </summary>
    public TimeSpan WriteWaitLimit => Duration + ClockMargin + (2 * Renewal);

    /// <summary>The longest a write's answer waits for the caches: word to the others, then their leases.</summary>
    public TimeSpan LongestWriteWait => PeerTimeout + WriteWaitLimit;

    /// <summary>Null when the settings can hold; else what is wrong.</summary>
    public string? Problem() =>
        Duration <= TimeSpan.Zero || Renewal <= TimeSpan.Zero || JoinDelay <= TimeSpan.Zero || PeerTimeout <= TimeSpan.Zero || ClockMargin < TimeSpan.Zero
            ? "CacheLeases: Duration, Renewal, JoinDelay and PeerTimeout must be positive and ClockMargin not negative."
            : Renewal * 2 > Duration
                ? $"CacheLeases: Renewal ({Renewal}) must be at most half of Duration ({Duration}), so that a lease is renewed before it ends."
                : null;
}
