using Google.Protobuf;
using V1 = Google.Cloud.Firestore.V1;

namespace LeagueApp.Firestore;

/// <summary>
/// One attempt of a read-write transaction. Reads see a consistent snapshot and lock what they
/// read; writes are buffered and committed together when the body returns. Like Firestore itself,
/// it takes all reads before the first write. The first read begins the transaction on Firestore
/// and its answer names it, which saves the round trip of a BeginTransaction call.
/// </summary>
public sealed class FirestoreTransaction
{
    private readonly FirestoreClient _client;
    private readonly List<Write> _writes = [];

    // How this attempt's transaction is begun: read-write, naming the aborted one it retries.
    private readonly V1.TransactionOptions _begin;

    // Held by the read that begins the transaction until its answer names it: reads started meanwhile
    // wait for the id instead of beginning a second transaction.
    private readonly SemaphoreSlim _beginning = new(1, 1);

    /// <param name="retrying">The transaction of the attempt before, when it was aborted.</param>
    internal FirestoreTransaction(FirestoreClient client, ByteString? retrying)
    {
        _client = client;
        var readWrite = new V1.TransactionOptions.Types.ReadWrite();
        if (retrying is not null)
        {
            readWrite.RetryTransaction = retrying;
        }

        _begin = new V1.TransactionOptions { ReadWrite = readWrite };
    }

    /// <summary>
    /// Null until Firestore named the transaction: in the first read's answer, or for a body that did
    /// not read, just before the commit.
    /// </summary>
    internal ByteString? Id { get; private set; }

    internal IReadOnlyList<Write> Writes => _writes;

    /// <summary>
    /// When this attempt committed; null until then, and for attempts that did not. A caller that
    /// needs the time keeps the attempt its body was last given.
    /// </summary>
    public DateTimeOffset? CommitTime { get; internal set; }

    public async Task<FirestoreDocument?> GetAsync(string collection, string id, CancellationToken ct = default) =>
        (await GetAllAsync(collection, [id], ct))[0];

    // Reads go through BatchGetDocuments and RunQuery, which take the transaction on the emulator
    // too (its REST GET with a transaction never answered), and can begin it.
    public Task<IReadOnlyList<FirestoreDocument?>> GetAllAsync(string collection, IReadOnlyList<string> ids, CancellationToken ct = default)
    {
        EnsureNoWritesYet();
        return ReadAsync(() => _client.BatchGetAsync(collection, ids, this, ct), ct);
    }

    public Task<IReadOnlyList<FirestoreDocument>> RunQueryAsync(FirestoreQuery query, CancellationToken ct = default)
    {
        EnsureNoWritesYet();
        return ReadAsync(() => _client.RunQueryAsync(query, this, ct), ct);
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

    /// <summary>
    /// Sets how an attempt of a read takes the transaction, asked anew for each attempt: by its id once an
    /// answer named it, so that a repeat does not begin another, else by beginning it.
    /// </summary>
    internal void Choose(Action<ByteString> readIn, Action<V1.TransactionOptions> begin)
    {
        if (Id is { } id)
        {
            readIn(id);
        }
        else
        {
            begin(_begin);
        }
    }

    /// <summary>Takes the id from a read's answer; the answers of reads that did not begin the transaction carry none.</summary>
    internal void Answered(ByteString transaction)
    {
        if (transaction.IsEmpty || Id is not null)
        {
            return;
        }

        Id = transaction;
        _beginning.Release();
    }

    /// <summary>A read that began the transaction and was answered without its id cannot go on in it.</summary>
    internal void EnsureBegun()
    {
        if (Id is null)
        {
            throw new FirestoreMappingException("Firestore answered the read that began a transaction without the transaction's id.");
        }
    }

    // A body that wrote without reading has no transaction yet. Its commit still takes one: the id lets
    // a repeat of the commit apply at most once, so the commit is retried as any transaction's is.
    internal async Task<ByteString> BeginUnlessBegunAsync(CancellationToken ct) => Id ??= await _client.BeginTransactionAsync(_begin, ct);

    private async Task<T> ReadAsync<T>(Func<Task<T>> read, CancellationToken ct)
    {
        if (Id is null)
        {
            await _beginning.WaitAsync(ct);
            if (Id is null)
            {
                try
                {
                    return await read();
                }
                finally
                {
                    // Ended (failed, or sent nothing) before Firestore named the transaction: a read
                    // that waited begins it instead.
                    if (Id is null)
                    {
                        _beginning.Release();
                    }
                }
            }

            _beginning.Release();
        }

        return await read();
    }

    private void EnsureNoWritesYet()
    {
        if (_writes.Count > 0)
        {
            throw new InvalidOperationException("Firestore transactions read everything before their first write.");
        }
    }
}
