using System.Runtime.CompilerServices;
using Grpc.Core;
using Microsoft.Extensions.Logging;
using V1 = Google.Cloud.Firestore.V1;

namespace LeagueApp.Firestore;

// Listening to queries: one gRPC stream at a time, reopened after failures, resuming where it left off.
public sealed partial class FirestoreClient
{
    // Listen's published timeout: a stream is reopened, resuming, at least once a day.
    private static readonly TimeSpan ListenLifetime = TimeSpan.FromDays(1);

    // Delays before reopening a stream that failed: exponential so that an outage is not met with a
    // flood of reconnects from every listener, jittered so that they do not arrive in lockstep.
    private static readonly Backoff ListenBackoff = new(TimeSpan.FromMilliseconds(250), TimeSpan.FromSeconds(30), Multiplier: 2);

    // The codes after which Google's client libraries reopen a listen rather than give up.
    private static readonly HashSet<string> ListenRecoverable =
        [FirestoreStatus.Aborted, FirestoreStatus.Cancelled, FirestoreStatus.Unknown, FirestoreStatus.DeadlineExceeded, FirestoreStatus.ResourceExhausted, FirestoreStatus.Internal, FirestoreStatus.Unavailable, FirestoreStatus.Unauthenticated];

    public IAsyncEnumerable<QuerySnapshot> ListenAsync(FirestoreQuery query, CancellationToken ct = default) =>
        ListenAsync(query, onStatus: null, ct);

    public async IAsyncEnumerable<QuerySnapshot> ListenAsync(
        FirestoreQuery query,
        Action<ListenStatus>? onStatus,
        [EnumeratorCancellation] CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        await foreach (var snapshot in ListenAsync([query], onStatus, ct))
        {
            yield return snapshot.Queries[0];
        }
    }

    public async IAsyncEnumerable<ListenSnapshot> ListenAsync(
        IReadOnlyList<FirestoreQuery> queries,
        Action<ListenStatus>? onStatus,
        [EnumeratorCancellation] CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(queries);
        if (queries.Count == 0)
        {
            throw new ArgumentException("A listen needs at least one query.", nameof(queries));
        }

        var state = new ListenState([.. queries.Select(query => ListenTarget.Query.From(query, _names))]);
        var collections = string.Join(", ", queries.Select(query => query.Collection));
        var failures = 0;
        while (true)
        {
            if (await OpenListenAsync(state.Requests(_names), ct) is var (call, deadline))
            {
                using (call)
                {
                    var reported = false;
                    while (await ListenStepAsync(() => call.ResponseStream.MoveNext(ct), deadline, ct))
                    {
                        var consistentBefore = state.ConsistentAt;
                        var snapshot = state.Apply(call.ResponseStream.Current, out var restart);
                        if (snapshot is not null)
                        {
                            failures = 0;
                            yield return snapshot;
                        }

                        // After the snapshot, so that a listener told "current" already holds what it reflects.
                        if (!reported && state.ConsistentAt != consistentBefore)
                        {
                            reported = true;
                            onStatus?.Invoke(ListenStatus.Current);
                        }

                        if (restart)
                        {
                            break;
                        }
                    }
                }
            }

            onStatus?.Invoke(ListenStatus.Interrupted);
            var delay = ListenBackoff.Delay(++failures);
            LogListenReopening(collections, failures, delay.TotalMilliseconds);
            await Task.Delay(delay, _timeProvider, ct);
            state.Reconnecting();
        }
    }

    // Null when the stream could not be opened for a passing reason: the caller tries again later.
    private async Task<(AsyncDuplexStreamingCall<V1.ListenRequest, V1.ListenResponse> Call, DateTime Deadline)?> OpenListenAsync(
        IEnumerable<V1.ListenRequest> requests,
        CancellationToken ct)
    {
        AsyncDuplexStreamingCall<V1.ListenRequest, V1.ListenResponse> call;
        DateTime deadline;
        try
        {
            (call, deadline) = await _rpc.OpenListenAsync(ListenLifetime, ct);
        }
        catch (FirestoreException ex) when (ListenRecoverable.Contains(ex.Status))
        {
            LogListenInterrupted(ex.Status, ex.Message);
            return null;
        }

        var added = await ListenStepAsync(
            async () =>
            {
                foreach (var request in requests)
                {
                    await call.RequestStream.WriteAsync(request, ct);
                }

                return true;
            },
            deadline,
            ct);
        if (added)
        {
            return (call, deadline);
        }

        call.Dispose();
        return null;
    }

    // False when the stream ended or broke in a way a new stream can recover from.
    private async Task<bool> ListenStepAsync(Func<Task<bool>> step, DateTime deadline, CancellationToken ct)
    {
        try
        {
            return await step();
        }
        catch (RpcException ex)
        {
            var error = _rpc.Translate("Listen", ex, deadline, ListenLifetime, ct);
            if (error is FirestoreException { Status: var status } && ListenRecoverable.Contains(status))
            {
                LogListenInterrupted(status, error.Message);
                return false;
            }

            throw error;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Firestore listen stream interrupted ({Status}): {Detail}")]
    private partial void LogListenInterrupted(string status, string detail);

    [LoggerMessage(Level = LogLevel.Information, Message = "Reopening the Firestore listen on {Collections} (attempt {Attempt}) in {DelayMs:0} ms")]
    private partial void LogListenReopening(string collections, int attempt, double delayMs);
}
