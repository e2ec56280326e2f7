using System.Runtime.CompilerServices;
using System.Threading.Channels;
using LeagueApp.Firestore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace LeagueApp.Data.Changes;

/// <summary>
/// Follows the league's two collections through Firestore's change stream, whoever writes them (a
/// service, an import, the dashboard, the Cloud console). Caches key their entries by
/// <see cref="Version"/> and trust them only while <see cref="IsCurrent"/>; the live page watches it.
/// </summary>
public sealed partial class LeagueChangeFeed(IFirestoreClient firestore, TimeProvider time, ILogger<LeagueChangeFeed> logger) : BackgroundService
{
    // A watcher that falls behind needs only the latest news: the page reloads what it shows either way.
    private static readonly BoundedChannelOptions WatcherChannel = new(1) { FullMode = BoundedChannelFullMode.DropOldest };

    private readonly Lock _watchersLock = new();
    private readonly List<Channel<LeagueChange>> _watchers = [];

    private LeagueChange? _latest;
    private long _version;

    // Completed and replaced with each change: what a wait for a commit time waits on.
    private TaskCompletionSource _nextChange = new(TaskCreationOptions.RunContinuationsAsynchronously);

    // Streams that have reached a consistent point since they last broke; both must have.
    private int _currentStreams;

    /// <summary>Moves on with every change, and every time a stream breaks: an entry kept under an older version may be stale.</summary>
    public long Version => Interlocked.Read(ref _version);

    /// <summary>True while both streams are current: no committed change can be missing beyond the stream's own delay.</summary>
    public bool IsCurrent => Volatile.Read(ref _currentStreams) == 2;

    /// <summary>
    /// The latest change seen so far (if any), then each one after it, until <paramref name="ct"/> ends
    /// the watch. A slow reader skips to the latest.
    /// </summary>
    public async IAsyncEnumerable<LeagueChange> WatchAsync([EnumeratorCancellation] CancellationToken ct)
    {
        var channel = Channel.CreateBounded<LeagueChange>(WatcherChannel);
        lock (_watchersLock)
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
            lock (_watchersLock)
            {
                _watchers.Remove(channel);
            }
        }
    }

    /// <summary>
    /// Waits until a change the stream reported was consistent at <paramref name="commitTime"/> or later,
    /// so that every cache entry from before the commit is out of use; at most <paramref name="limit"/>.
    /// Returns at once while a stream is down (nothing is cached then).
    /// </summary>
    /// <returns>False when the limit ended the wait.</returns>
    public async Task<bool> WaitUntilSeenAsync(DateTimeOffset commitTime, TimeSpan limit, CancellationToken ct)
    {
        using var timeout = new CancellationTokenSource(limit, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct, timeout.Token);
        while (IsCurrent)
        {
            Task next;
            lock (_watchersLock)
            {
                if (_latest?.ReadTime >= commitTime)
                {
                    return true;
                }

                next = _nextChange.Task;
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

        return true;
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(FollowAsync(LeagueCollections.Teams, stoppingToken), FollowAsync(LeagueCollections.Players, stoppingToken));

    private async Task FollowAsync(string collection, CancellationToken ct)
    {
        var current = false;
        void OnStatus(ListenStatus status)
        {
            if (status == ListenStatus.Current && !current)
            {
                current = true;
                Interlocked.Increment(ref _currentStreams);
            }
            else if (status == ListenStatus.Interrupted && current)
            {
                current = false;
                Interlocked.Decrement(ref _currentStreams);

                // Whatever was cached may miss a change committed while the stream is down.
                Interlocked.Increment(ref _version);
                LogInterrupted(collection);
            }
        }

        while (!ct.IsCancellationRequested)
        {
            try
            {
                await foreach (var snapshot in firestore.ListenAsync(new FirestoreQuery(collection), OnStatus, ct))
                {
                    var count = snapshot.Changes.Count;
                    Publish(new LeagueChange(
                        Interlocked.Increment(ref _version),
                        snapshot.ReadTime,
                        collection == LeagueCollections.Teams ? count : 0,
                        collection == LeagueCollections.Players ? count : 0));
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
                LogFailed(ex, collection);
                await Task.Delay(TimeSpan.FromSeconds(5), time, ct).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    private void Publish(LeagueChange change)
    {
        lock (_watchersLock)
        {
            // Snapshots of the two streams interleave: the latest keeps the furthest read time.
            _latest = _latest is not null && _latest.ReadTime > change.ReadTime ? change with { ReadTime = _latest.ReadTime } : change;
            _nextChange.TrySetResult();
            _nextChange = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            foreach (var watcher in _watchers)
            {
                watcher.Writer.TryWrite(_latest);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The change stream of {Collection} broke: caches are bypassed until it is current again")]
    private partial void LogInterrupted(string collection);

    [LoggerMessage(Level = LogLevel.Error, Message = "Listening to {Collection} failed; starting over")]
    private partial void LogFailed(Exception exception, string collection);
}
