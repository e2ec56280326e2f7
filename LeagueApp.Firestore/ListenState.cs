using V1 = Google.Cloud.Firestore.V1;

namespace LeagueApp.Firestore;

/// <summary>
/// The client's side of Firestore's listen protocol for one stream of one or more queries, kept as
/// Google's client libraries keep it: changes are collected until the server marks a consistent
/// point (a NO_CHANGE for all targets with a read time, once every target is CURRENT) and then
/// applied together as one snapshot of every query, all at the same read time.
/// </summary>
internal sealed class ListenState
{
    private readonly ListenTarget[] _targets;

    private bool _delivered;

    /// <param name="queries">Target ids are their positions, from 1.</param>
    public ListenState(IReadOnlyList<ListenTarget.Query> queries) =>
        _targets = [.. queries.Select((query, index) => new ListenTarget(index + 1, query))];

    /// <summary>The read time of the last consistent point, whether or not it changed anything.</summary>
    public DateTimeOffset? ConsistentAt { get; private set; }

    public IEnumerable<V1.ListenRequest> Requests(ResourceNames names) => _targets.Select(target => target.Request(names));

    /// <summary>Takes one message of the stream; returns a snapshot when it marks a consistent point that changed something.</summary>
    /// <param name="restart">
    /// Set when the server's count of a target's documents disagrees with the listen's: it must
    /// start over on a new stream.
    /// </param>
    public ListenSnapshot? Apply(V1.ListenResponse response, out bool restart)
    {
        restart = false;
        switch (response.ResponseTypeCase)
        {
            case V1.ListenResponse.ResponseTypeOneofCase.TargetChange:
                return Apply(response.TargetChange);
            case V1.ListenResponse.ResponseTypeOneofCase.DocumentChange:
                var change = response.DocumentChange;
                foreach (var target in Targets(change.TargetIds))
                {
                    target.Changed(change.Document.Name, change.Document);
                }

                Gone(change.Document.Name, Targets(change.RemovedTargetIds));

                break;
            case V1.ListenResponse.ResponseTypeOneofCase.DocumentDelete:
                // A deleted document is gone from every target, whichever ids the message names.
                Gone(response.DocumentDelete.Document, _targets);
                break;
            case V1.ListenResponse.ResponseTypeOneofCase.DocumentRemove:
                Gone(response.DocumentRemove.Document, Targets(response.DocumentRemove.RemovedTargetIds));
                break;
            case V1.ListenResponse.ResponseTypeOneofCase.Filter:
                if (Target(response.Filter.TargetId) is { } filtered && response.Filter.Count != filtered.CountWithPending())
                {
                    filtered.Reset();
                    restart = true;
                }

                break;
        }

        return null;
    }

    /// <summary>A new stream is about to resume each target where the last snapshot left it.</summary>
    public void Reconnecting()
    {
        foreach (var target in _targets)
        {
            target.Reconnecting();
        }
    }

    private ListenSnapshot? Apply(V1.TargetChange change)
    {
        switch (change.TargetChangeType)
        {
            case V1.TargetChange.Types.TargetChangeType.NoChange when change.TargetIds.Count == 0 && change.ReadTime is not null && _targets.All(target => target.IsCurrent):
                return Snapshot(change);
            case V1.TargetChange.Types.TargetChangeType.Current:
                foreach (var target in Concerned(change.TargetIds))
                {
                    target.IsCurrent = true;
                }

                break;
            case V1.TargetChange.Types.TargetChangeType.Reset:
                foreach (var target in Concerned(change.TargetIds))
                {
                    target.Reset();
                }

                break;
            case V1.TargetChange.Types.TargetChangeType.Remove when Concerned(change.TargetIds).Any():
                throw change.Cause is { } cause
                    ? FirestoreErrors.FromStatus("Listen", new Grpc.Core.Status((Grpc.Core.StatusCode)cause.Code, cause.Message), innerException: null)
                    : new FirestoreException("Firestore removed the listen's target without a cause.", statusCode: null, FirestoreStatus.Unknown);
        }

        return null;
    }

    private ListenSnapshot? Snapshot(V1.TargetChange change)
    {
        var snapshots = _targets.Select(target => target.Snapshot(change.ReadTime, change.ResumeToken)).ToArray();
        ConsistentAt = change.ReadTime.ToDateTimeOffset();
        if (_delivered && snapshots.All(snapshot => snapshot.Changes.Count == 0))
        {
            return null;
        }

        _delivered = true;
        return new ListenSnapshot(snapshots, ConsistentAt.Value);
    }

    private static void Gone(string name, IEnumerable<ListenTarget> targets)
    {
        foreach (var target in targets)
        {
            target.Changed(name, null);
        }
    }

    // A target change without target ids concerns every target.
    private IEnumerable<ListenTarget> Concerned(IReadOnlyCollection<int> targetIds) =>
        targetIds.Count == 0 ? _targets : Targets(targetIds);

    private IEnumerable<ListenTarget> Targets(IEnumerable<int> targetIds) =>
        targetIds.Select(Target).OfType<ListenTarget>();

    private ListenTarget? Target(int id) => id >= 1 && id <= _targets.Length ? _targets[id - 1] : null;
}
