using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using V1 = Google.Cloud.Firestore.V1;

namespace LeagueApp.Firestore;

/// <summary>
/// One query of a listen stream: the documents it matched at the last consistent point, the changes
/// collected since, and the resume token that lets a new stream continue from that point.
/// </summary>
internal sealed class ListenTarget(int id, ListenTarget.Query query)
{
    // The top-level fields a projected query keeps (none: names only); null: every field.
    private readonly HashSet<string>? _kept = query.Kept?.Where(path => path != FieldPath.DocumentId).Select(TopLevelName).ToHashSet(StringComparer.Ordinal);

    private readonly SortedDictionary<string, FirestoreDocument> _documents = new(StringComparer.Ordinal);

    // Changes since the last snapshot by document name; null marks a document that left the result.
    private readonly Dictionary<string, V1.Document?> _pending = new(StringComparer.Ordinal);

    private ByteString? _resumeToken;

    // The documents as the last snapshot listed them, handed out again while nothing changed: a large
    // target (thousands of players) is not copied for every snapshot another target's change causes.
    private IReadOnlyList<FirestoreDocument>? _listed;

    /// <summary>The stream's id of this target: the client's choice, one per query.</summary>
    public int Id => id;

    /// <summary>The server has sent everything that matched when the target was added (or reset).</summary>
    public bool IsCurrent { get; set; }

    public V1.ListenRequest Request(ResourceNames names)
    {
        var target = new V1.Target
        {
            TargetId = id,
            Query = new V1.Target.Types.QueryTarget { Parent = names.Documents, StructuredQuery = query.Proto },
        };
        if (_resumeToken is not null)
        {
            target.ResumeToken = _resumeToken;
        }

        return new V1.ListenRequest { Database = names.Database, AddTarget = target };
    }

    /// <summary>
    /// Collects a change; a projected query keeps only its fields at once. A change to any field counts
    /// (its update time moves on), as the server reports it.
    /// </summary>
    public void Changed(string name, V1.Document? document) => _pending[name] = document is null || _kept is null ? document : Projected(document);

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

    // The server will send every matching document again: until it has, each known one counts as gone.
    public void Reset()
    {
        _pending.Clear();
        foreach (var name in _documents.Keys)
        {
            _pending[name] = null;
        }

        _resumeToken = null;
        IsCurrent = false;
    }

    /// <summary>Applies the collected changes at a consistent point; the snapshot lists what they changed.</summary>
    public QuerySnapshot Snapshot(Timestamp readTime, ByteString resumeToken)
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

        if (removed.Count + added.Count + modified.Count > 0 || _listed is null)
        {
            _listed = [.. _documents.Values];
        }

        return new QuerySnapshot(_listed, [.. removed, .. added, .. modified], readTime.ToDateTimeOffset());
    }

    private static string TopLevelName(FieldPath path) =>
        path.Segments.Count == 1
            ? path.Segments[0]
            : throw new ArgumentException($"A listen keeps the selected fields itself, top-level ones only; '{path}' is nested.", nameof(query));

    private V1.Document Projected(V1.Document document)
    {
        var projected = new V1.Document { Name = document.Name, CreateTime = document.CreateTime, UpdateTime = document.UpdateTime };
        foreach (var name in _kept!)
        {
            if (document.Fields.TryGetValue(name, out var value))
            {
                projected.Fields[name] = value;
            }
        }

        return projected;
    }

    public int CountWithPending() =>
        _documents.Count
        + _pending.Count(change => change.Value is not null && !_documents.ContainsKey(change.Key))
        - _pending.Count(change => change.Value is null && _documents.ContainsKey(change.Key));

    /// <param name="Proto">The query as the stream sends it: without a projection.</param>
    /// <param name="Kept">The query's projection, which the target applies itself; null: whole documents.</param>
    public sealed record Query(V1.StructuredQuery Proto, IReadOnlyList<FieldPath>? Kept = null)
    {
        // Cloud Firestore refuses a projection in a real-time query ("'select' clauses are not supported
        // for real-time queries"): the stream asks for whole documents and the target keeps only the
        // selected fields itself, so a names-only listen holds little however large the collection.
        public static Query From(FirestoreQuery query, ResourceNames names) =>
            new(ProtoMapper.ToProto(query.WithoutProjection(), names), query.Projection);
    }
}
