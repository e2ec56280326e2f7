using Google.Protobuf;

namespace LeagueApp.Firestore;

/// <summary>
/// One attempt of a read-write transaction. Reads see a consistent snapshot and lock what they
/// read; writes are buffered and committed together when the body returns. Like Firestore itself,
/// it takes all reads before the first write.
/// </summary>
public sealed class FirestoreTransaction
{
    private readonly FirestoreClient _client;
    private readonly List<Write> _writes = [];

    internal FirestoreTransaction(FirestoreClient client, ByteString id)
    {
        _client = client;
        Id = id;
    }

    internal ByteString Id { get; }

    internal IReadOnlyList<Write> Writes => _writes;

    /// <summary>
    /// When this attempt committed; null until then, and for attempts that did not. A caller that
    /// needs the time keeps the attempt its body was last given.
    /// </summary>
    public DateTimeOffset? CommitTime { get; internal set; }

    public async Task<FirestoreDocument?> GetAsync(string collection, string id, CancellationToken ct = default) =>
        (await GetAllAsync(collection, [id], ct))[0];

    // Reads go through BatchGetDocuments and RunQuery, which take the transaction on the emulator
    // too (its REST GET with a transaction never answered).
    public Task<IReadOnlyList<FirestoreDocument?>> GetAllAsync(string collection, IReadOnlyList<string> ids, CancellationToken ct = default)
    {
        EnsureNoWritesYet();
        return _client.BatchGetAsync(collection, ids, Id, ct);
    }

    public Task<IReadOnlyList<FirestoreDocument>> RunQueryAsync(FirestoreQuery query, CancellationToken ct = default)
    {
        EnsureNoWritesYet();
        return _client.RunQueryAsync(query, Id, ct);
    }

    public void Create(string collection, string id, DocumentFields fields) => Add(Write.Create(collection, id, fields));

    public void Set(string collection, string id, DocumentFields fields, Precondition? precondition = null) =>
        Add(Write.Set(collection, id, fields, precondition));

    /// <inheritdoc cref="Write.Update(string, string, DocumentFields, Precondition?)"/>
    public void Update(string collection, string id, DocumentFields fields, Precondition? precondition = null) =>
        Add(Write.Update(collection, id, fields, precondition));

    public void Delete(string collection, string id, Precondition? precondition = null) => Add(Write.Delete(collection, id, precondition));

    /// <inheritdoc cref="Write.Increment"/>
    public void Increment(string collection, string id, FieldPath field, long delta, Precondition? precondition = null) =>
        Add(Write.Increment(collection, id, field, delta, precondition));

    public void Add(Write write)
    {
        ArgumentNullException.ThrowIfNull(write);
        if (_writes.Count == FirestoreClient.MaxWritesPerCommit)
        {
            throw new InvalidOperationException($"A transaction commits at most {FirestoreClient.MaxWritesPerCommit} writes.");
        }

        _writes.Add(write);
    }

    private void EnsureNoWritesYet()
    {
        if (_writes.Count > 0)
        {
            throw new InvalidOperationException("Firestore transactions read everything before their first write.");
        }
    }
}
