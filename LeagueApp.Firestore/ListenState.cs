using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using V1 = Google.Cloud.Firestore.V1;

namespace LeagueApp.Firestore;

/// <summary>
/// The client's side of Firestore's listen protocol for one query, kept as Google's client libraries
/// keep it: changes are collected until the server marks a consistent point (a NO_CHANGE for all
/// targets with a read time, once the target is CURRENT) and then applied together as one snapshot.
/// The resume token of that point lets a new stream continue where the last snapshot left off.
/// </summary>
internal sealed class ListenState
{
    // The stream carries this one target; the id is the client's choice.
    private const int TargetId = 1;

    private readonly SortedDictionary<string, FirestoreDocument> _documents = new(StringComparer.Ordinal);

    // Changes since the last snapshot by document name; null marks a document that left the result.
    private readonly Dictionary<string, V1.Document?> _pending = new(StringComparer.Ordinal);

    private ByteString? _resumeToken;
    private bool _current;
    private bool _delivered;

    /// <summary>The read time of the last consistent point, whether or not it changed anything.</summary>
    public DateTimeOffset? ConsistentAt { get; private set; }

    public V1.ListenRequest Request(ResourceNames names, V1.StructuredQuery query)
    {
        var target = new V1.Target
        {
            TargetId = TargetId,
            Query = new V1.Target.Types.QueryTarget { Parent = names.Documents, StructuredQuery = query },
        };
        if (_resumeToken is not null)
        {
            target.ResumeToken = _resumeToken;
        }

        return new V1.ListenRequest { Database = names.Database, AddTarget = target };
    }

    /// <summary>Takes one message of the stream; returns a snapshot when it marks a consistent point that changed something.</summary>
    /// <param name="restart">
    /// Set when the server's count of matching documents disagrees with the listen's: it must start
    /// over on a new stream.
    /// </param>
    public QuerySnapshot? Apply(V1.ListenResponse response, out bool restart)
    {
        restart = false;
        switch (response.ResponseTypeCase)
        {
            case V1.ListenResponse.ResponseTypeOneofCase.TargetChange:
                return Apply(response.TargetChange);
            case V1.ListenResponse.ResponseTypeOneofCase.DocumentChange:
                var change = response.DocumentChange;
                if (change.TargetIds.Contains(TargetId))
                {
                    _pending[change.Document.Name] = change.Document;
                }
                else if (change.RemovedTargetIds.Contains(TargetId))
                {
                    _pending[change.Document.Name] = null;
                }

                break;
            case V1.ListenResponse.ResponseTypeOneofCase.DocumentDelete:
                _pending[response.DocumentDelete.Document] = null;
                break;
            case V1.ListenResponse.ResponseTypeOneofCase.DocumentRemove:
                _pending[response.DocumentRemove.Document] = null;
                break;
            case V1.ListenResponse.ResponseTypeOneofCase.Filter when response.Filter.Count != CountWithPending():
                Reset();
                restart = true;
                break;
        }

        return null;
    }

    /// <summary>
    /// A new stream resumes from the last snapshot's token, so the changes collected after it come
    /// again; without a token everything comes again, and what does not is gone.
    /// </summary>
    public void Reconnecting()
    {
        _pending.Clear();
        if (_resumeToken is null)
        {
            Reset();
        }
    }

    private QuerySnapshot? Apply(V1.TargetChange change)
    {
        // A change without target ids concerns every target.
        var ours = change.TargetIds.Count == 0 || change.TargetIds.Contains(TargetId);
        switch (change.TargetChangeType)
        {
            case V1.TargetChange.Types.TargetChangeType.NoChange when change.TargetIds.Count == 0 && change.ReadTime is not null && _current:
                return Snapshot(change.ReadTime, change.ResumeToken);
            case V1.TargetChange.Types.TargetChangeType.Current when ours:
                _current = true;
                break;
            case V1.TargetChange.Types.TargetChangeType.Reset when ours:
                Reset();
                break;
            case V1.TargetChange.Types.TargetChangeType.Remove when ours:
                throw change.Cause is { } cause
                    ? FirestoreErrors.FromStatus("Listen", new Grpc.Core.Status((Grpc.Core.StatusCode)cause.Code, cause.Message), innerException: null)
                    : new FirestoreException("Firestore removed the listen's target without a cause.", statusCode: null, FirestoreStatus.Unknown);
        }

        return null;
    }

    // The server will send every matching document again: until it has, each known one counts as gone.
    private void Reset()
    {
        _pending.Clear();
        foreach (var name in _documents.Keys)
        {
            _pending[name] = null;
        }

        _resumeToken = null;
        _current = false;
    }

    private QuerySnapshot? Snapshot(Timestamp readTime, ByteString resumeToken)
    {
        var removed = new List<DocumentChange>();
        var added = new List<DocumentChange>();
        var modified = new List<DocumentChange>();
        foreach (var (name, proto) in _pending.OrderBy(change => change.Key, StringComparer.Ordinal))
        {
            if (proto is null)
            {
                if (_documents.Remove(name, out var last))
                {
                    removed.Add(new DocumentChange(DocumentChangeKind.Removed, last));
                }

                continue;
            }

            var document = ProtoMapper.ToDocument(proto);
            if (!_documents.TryGetValue(name, out var previous))
            {
                added.Add(new DocumentChange(DocumentChangeKind.Added, document));
            }
            else if (previous.UpdateTime != document.UpdateTime)
            {
                modified.Add(new DocumentChange(DocumentChangeKind.Modified, document));
            }

            _documents[name] = document;
        }

        _pending.Clear();
        if (!resumeToken.IsEmpty)
        {
            _resumeToken = resumeToken;
        }

        ConsistentAt = readTime.ToDateTimeOffset();

        if (_delivered && removed.Count + added.Count + modified.Count == 0)
        {
            return null;
        }

        _delivered = true;
        return new QuerySnapshot([.. _documents.Values], [.. removed, .. added, .. modified], readTime.ToDateTimeOffset());
    }

    private int CountWithPending() =>
        _documents.Count
        + _pending.Count(change => change.Value is not null && !_documents.ContainsKey(change.Key))
        - _pending.Count(change => change.Value is null && _documents.ContainsKey(change.Key));
}
