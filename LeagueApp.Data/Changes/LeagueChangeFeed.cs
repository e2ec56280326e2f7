using System.Runtime.CompilerServices;
using System.Threading.Channels;
using LeagueApp.Firestore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LeagueApp.Data.Changes;

/// <summary>
/// Follows the league's two collections through Firestore's change stream, whoever writes them (a
/// service, an import, the dashboard, the Cloud console), on one stream with the instances'
/// <see cref="CacheLease"/>s so that all three are consistent at one read time. Caches key their
/// entries by <see cref="Version"/> and use them only while <see cref="CanUseCache"/>; a write
/// tells the instances in <see cref="PeersToTell"/> of its commit directly, or else waits in
/// <see cref="WaitUntilSeenAsync"/> until no instance can still answer from before it. An instance
/// without a lease (stats) keys by <see cref="VersionCurrentAt"/> instead: its callers name the
/// commits each answer must reflect.
/// </summary>
public sealed partial class LeagueChangeFeed(
    IFirestoreClient firestore,
    TimeProvider time,
    IOptions<CacheLeaseOptions> options,
    ILogger<LeagueChangeFeed> logger) : BackgroundService
{
    // A watcher that falls behind needs only the latest news: the page reloads what it shows either way.
    private static readonly BoundedChannelOptions WatcherChannel = new(1) { FullMode = BoundedChannelFullMode.DropOldest };

    // Leases of instances gone this long are deleted by whichever instance notices.
    private static readonly TimeSpan AbandonedLeaseAge = TimeSpan.FromMinutes(1);

    // Of the league's documents only their names are kept (the client drops the fields as they come):
    // changes are all the feed needs of them, and a league of tens of thousands of players would
    // otherwise sit in every instance's memory. Leases are read whole.
    private static readonly FirestoreQuery[] Queries =
        [new FirestoreQuery(LeagueCollections.Teams).Select(), new FirestoreQuery(LeagueCollections.Players).Select(), new(LeagueCollections.CacheLeases)];

    private readonly CacheLeaseOptions _options = options.Value;

    private readonly Lock _lock = new();
    private readonly List<Channel<LeagueChange>> _watchers = [];

    // One pending request to renew the lease now (an address to advertise, a stream's return or break) is enough.
    private readonly Channel<bool> _renewals = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    private CacheLeaseBook? _book;
    private LeagueChange? _latest;
    private long _version;

    // The read time of the last snapshot: every commit up to it is reflected here.
    private DateTimeOffset? _position;
    private bool _current;
    private bool _holdsLease;
    private string? _address;

    // The commit that began this instance's current holding, and the end of its last lease as written.
    private DateTimeOffset? _holdingSince;
    private DateTimeOffset? _lastUntil;

    // Completed and replaced with each snapshot: what a wait for a commit time waits on.
    private TaskCompletionSource _nextSnapshot = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>This instance's lease id: the host's name (a pod's, in the cluster) and a random part, new with every start.</summary>
    public string Instance { get; } = $"{Environment.MachineName}-{Guid.NewGuid():N}";

    /// <summary>Moves on with every change, and every time the stream breaks: an entry kept under an older version may be stale.</summary>
    public long Version => Interlocked.Read(ref _version);

    /// <summary>
    /// <see cref="Version"/> together with the read time of the latest change to the league this stream
    /// brought (of its first snapshot until then), taken at one moment: an answer read at or after that
    /// time reflects every change up to that version.
    /// </summary>
    public (long Version, DateTimeOffset? LatestChange) VersionAndLatestChange()
    {
        lock (_lock)
        {
            return (_version, _latest?.ReadTime);
        }
    }

    /// <summary>
    /// The <see cref="Version"/> to key kept answers by, if the stream is current and has passed
    /// <paramref name="time"/> (when given); else null, and answers must be read afresh. An answer read
    /// from Firestore after this returned a version reflects every change up to that version's position.
    /// </summary>
    public long? VersionCurrentAt(DateTimeOffset? time)
    {
        lock (_lock)
        {
            return _current && _position is { } position && (time is null || position >= time) ? _version : null;
        }
    }

    /// <summary>
    /// True while the stream is current and this instance holds a lease its stream has carried, a
    /// <see cref="CacheLeaseOptions.JoinDelay"/> past the start of its holding: every writer tells it
    /// of a commit or waits for it (or for the lease to end), so a kept answer is as new as any write
    /// already answered.
    /// </summary>
    public bool CanUseCache
    {
        get
        {
            lock (_lock)
            {
                return _current
                    && _book?.OwnUntil > time.GetUtcNow()
                    && _position >= _holdingSince + _options.JoinDelay;
            }
        }
    }

    /// <summary>
    /// Where other instances can tell this one of a commit directly (its peers' endpoint); written into
    /// its lease at the next renewal, which this starts at once.
    /// </summary>
    public void Advertise(string address)
    {
        Volatile.Write(ref _address, address);
        _renewals.Writer.TryWrite(true);
    }

    /// <summary>
    /// The addresses of the other instances to tell of a commit at <paramref name="commitTime"/>, so that
    /// none answers from before it once each has taken word; null when that cannot vouch for all of them
    /// (this stream down, or too far behind the commit to know every holder; one without an address):
    /// then only <see cref="WaitUntilSeenAsync"/> can.
    /// </summary>
    public IReadOnlyList<string>? PeersToTell(DateTimeOffset commitTime)
    {
        lock (_lock)
        {
            // An instance whose holding began after this read time keeps nothing until its stream is a
            // JoinDelay past that beginning, so past the commit too if the read time is that close to it.
            return _current && _position is { } position && position + _options.JoinDelay >= commitTime
                ? _book!.PeersToTell(commitTime, position)
                : null;
        }
    }

    /// <summary>
    /// The latest change seen so far (if any), then each one after it, until <paramref name="ct"/> ends
    /// the watch. A slow reader skips to the latest.
    /// </summary>
    public async IAsyncEnumerable<LeagueChange> WatchAsync([EnumeratorCancellation] CancellationToken ct)
    {
        var channel = Channel.CreateBounded<LeagueChange>(WatcherChannel);
        lock (_lock)
        {
            _watchers.Add(channel);
            if (_latest is not null)
            {
                channel.Writer.TryWrite(_latest);
            }
        }

        try
        {
            await foreach (var change in channel.Reader.ReadAllAsync(ct))
            {
                yield return change;
            }
        }
        finally
        {
            lock (_lock)
            {
                _watchers.Remove(channel);
            }
        }
    }

    /// <summary>
    /// Waits until no instance can answer from before <paramref name="commitTime"/>: this one's stream
    /// has passed it, and every other lease has seen it or ended. At most
    /// <see cref="CacheLeaseOptions.WriteWaitLimit"/>.
    /// </summary>
    /// <returns>False when the limit ended the wait.</returns>
    public async Task<bool> WaitUntilSeenAsync(DateTimeOffset commitTime, CancellationToken ct)
    {
        using var timeout = new CancellationTokenSource(_options.WriteWaitLimit, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct, timeout.Token);
        while (true)
        {
            Task next;
            lock (_lock)
            {
                if (_current && _position is { } position && position >= commitTime && _book!.OthersHaveSeen(commitTime, position))
                {
                    return true;
                }

                next = _nextSnapshot.Task;
            }

            try
            {
                await next.WaitAsync(linked.Token);
            }
            catch (OperationCanceledException) when (timeout.IsCancellationRequested && !ct.IsCancellationRequested)
            {
                return false;
            }
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);

        // Given back, so that writers stop waiting for this instance at once rather than when the lease ends.
        lock (_lock)
        {
            _current = false;
        }

        await RenewLeaseAsync(cancellationToken);
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        _book = new CacheLeaseBook(Instance, _options.ClockMargin);
        return Task.WhenAll(FollowAsync(stoppingToken), KeepLeaseAsync(stoppingToken));
    }

    private async Task FollowAsync(CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            try
            {
                await foreach (var snapshot in firestore.ListenAsync(Queries, OnStatus, ct))
                {
                    Apply(snapshot);
                }
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // A listen ends only on an error a new stream cannot cure; start over after a pause
                // rather than leave the caches trusting a dead stream.
                OnStatus(ListenStatus.Interrupted);
                LogFailed(ex);
                await Task.Delay(TimeSpan.FromSeconds(5), time, ct).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    private void OnStatus(ListenStatus status)
    {
        lock (_lock)
        {
            if (status == ListenStatus.Current && !_current)
            {
                _current = true;
            }
            else if (status == ListenStatus.Interrupted && _current)
            {
                _current = false;

                // Whatever was cached may miss a change committed while the stream is down, and the
                // lease must be carried again by the resumed stream before it counts.
                Interlocked.Increment(ref _version);
                _book!.Forget();
                LogInterrupted();
            }
            else
            {
                return;
            }
        }

        // Renewed once current again; given back while down, so that writers need not wait for it to end.
        _renewals.Writer.TryWrite(true);
    }

    private void Apply(ListenSnapshot snapshot)
    {
        var (teams, players, leases) = (snapshot.Queries[0], snapshot.Queries[1], snapshot.Queries[2]);
        var changed = teams.Changes.Count + players.Changes.Count > 0;
        lock (_lock)
        {
            _position = snapshot.ReadTime;
            _book!.Update(
                [.. leases.Documents.Select(CacheLease.From).OfType<CacheLease>()],
                leases.Changes.Select(change => change.Document.Id));
            if (changed || _latest is null)
            {
                _latest = new LeagueChange(Interlocked.Increment(ref _version), snapshot.ReadTime, teams.Changes.Count, players.Changes.Count);
                foreach (var watcher in _watchers)
                {
                    watcher.Writer.TryWrite(_latest);
                }
            }

            _nextSnapshot.TrySetResult();
            _nextSnapshot = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        // No renewal here: writers tell the others directly, so a lease moves on once a Renewal, and
        // Firestore's guideline of about one write a second per document holds however busy the league.
    }

    private async Task KeepLeaseAsync(CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            await RenewLeaseAsync(ct);
            using var pause = new CancellationTokenSource(_options.Renewal, time);
            using var either = CancellationTokenSource.CreateLinkedTokenSource(ct, pause.Token);
            await ((Task)_renewals.Reader.WaitToReadAsync(either.Token).AsTask()).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            _renewals.Reader.TryRead(out _);
        }
    }

    // Renews the lease while the stream is current, gives it back while it is not. A renewal that
    // fails leaves the lease to end on its own: this instance then keeps nothing, which is safe.
    private async Task RenewLeaseAsync(CancellationToken ct)
    {
        DateTimeOffset? seen;
        CacheLease[] abandoned;
        lock (_lock)
        {
            seen = _current && _options.HoldLease ? _position : null;
            abandoned = seen is { } readTime ? [.. _book!.Abandoned(readTime, AbandonedLeaseAge)] : [];
        }

        try
        {
            if (seen is { } position)
            {
                var lease = new CacheLease(Instance, position, time.GetUtcNow() + _options.Duration, Volatile.Read(ref _address));
                var committed = await firestore.CommitAsync(
                [
                    Write.Set(LeagueCollections.CacheLeases, Instance, lease.ToFields()),
                    .. abandoned.Select(gone => Write.Delete(LeagueCollections.CacheLeases, gone.Instance)),
                ], ct);
                _holdsLease = true;
                Renewed(committed.CommitTime, lease.Until);
            }
            else if (_holdsLease)
            {
                lock (_lock)
                {
                    _lastUntil = null;
                }

                await firestore.DeleteAsync(LeagueCollections.CacheLeases, Instance, ct: ct);
                _holdsLease = false;
            }
        }
        catch (FirestoreException ex)
        {
            LogLeaseFailed(ex);
        }
    }

    // A renewal that lands once the last lease may have ended (by a clock margin) begins a new holding:
    // writers that took the lease for ended told this instance nothing since.
    private void Renewed(DateTimeOffset commitTime, DateTimeOffset until)
    {
        lock (_lock)
        {
            if (_lastUntil is not { } last || commitTime + _options.ClockMargin >= last)
            {
                _holdingSince = commitTime;
            }

            _lastUntil = until;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The league's change stream broke: caches are bypassed until it is current again")]
    private partial void LogInterrupted();

    [LoggerMessage(Level = LogLevel.Error, Message = "Listening to the league's changes failed; starting over")]
    private partial void LogFailed(Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Renewing or giving back this instance's cache lease failed; it ends on its own")]
    private partial void LogLeaseFailed(Exception exception);
}
