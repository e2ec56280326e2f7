namespace LeagueApp.Data.Changes;

/// <summary>
/// What one instance knows of every instance's <see cref="CacheLease"/> at its change stream's read
/// time: whether a commit can still be missing from another instance's answers, and until when its
/// own lease lets it answer from its cache.
/// </summary>
/// <param name="self">This instance's lease id.</param>
/// <param name="clockMargin">How far an instance's clock may be from Firestore's (leases end on the holder's clock, read times are Firestore's).</param>
public sealed class CacheLeaseBook(string self, TimeSpan clockMargin)
{
    private IReadOnlyList<CacheLease> _leases = [];

    /// <summary>
    /// The end of this instance's lease as its own stream last brought it, since the stream last broke:
    /// a lease counts only once the stream has carried it, because then the stream has carried every
    /// commit before it too. Null: no lease, keep nothing.
    /// </summary>
    public DateTimeOffset? OwnUntil { get; private set; }

    /// <summary>Takes the leases of a consistent snapshot, and the changes it brought to this instance's own.</summary>
    public void Update(IReadOnlyList<CacheLease> leases, IEnumerable<string> changedIds)
    {
        _leases = leases;
        if (changedIds.Contains(self, StringComparer.Ordinal))
        {
            OwnUntil = leases.FirstOrDefault(lease => lease.Instance == self)?.Until;
        }
    }

    /// <summary>The stream broke: what it brings after resuming may be older than this instance's last lease.</summary>
    public void Forget() => OwnUntil = null;

    /// <summary>
    /// True when no other instance can still answer from before <paramref name="commitTime"/>: each
    /// lease has seen it, or ended (by a clock margin) before <paramref name="readTime"/>, up to which
    /// every renewal would be known here.
    /// </summary>
    public bool OthersHaveSeen(DateTimeOffset commitTime, DateTimeOffset readTime) =>
        !_leases.Any(lease => MayAnswerFromBefore(lease, commitTime, readTime));

    /// <summary>
    /// The addresses of the other instances that may still answer from before <paramref name="commitTime"/>,
    /// to tell them of it directly; null when one of them gave no address, so that only waiting can cover it.
    /// </summary>
    public IReadOnlyList<string>? PeersToTell(DateTimeOffset commitTime, DateTimeOffset readTime)
    {
        var behind = _leases.Where(lease => MayAnswerFromBefore(lease, commitTime, readTime)).ToList();
        return behind.Any(lease => lease.Address is null) ? null : [.. behind.Select(lease => lease.Address!)];
    }

    /// <summary>Other instances' leases that ended more than <paramref name="age"/> before <paramref name="readTime"/>: left by instances that stopped without saying so.</summary>
    public IEnumerable<CacheLease> Abandoned(DateTimeOffset readTime, TimeSpan age) =>
        _leases.Where(lease => lease.Instance != self && lease.Until + clockMargin + age < readTime);

    // Another instance whose lease has not seen the commit and had not ended (by a clock margin) at the read time.
    private bool MayAnswerFromBefore(CacheLease lease, DateTimeOffset commitTime, DateTimeOffset readTime) =>
        lease.Instance != self && lease.Seen < commitTime && lease.Until + clockMargin >= readTime;
}
