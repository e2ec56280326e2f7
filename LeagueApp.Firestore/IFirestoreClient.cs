namespace LeagueApp.Firestore;

/// <summary>
/// A Firestore client for the documents of top-level collections. Failures surface as
/// <see cref="FirestoreException"/> subtypes after the client's own retries (docs/firestore.md); each attempt
/// is bounded by <see cref="FirestoreOptions.RequestTimeout"/>, each operation by <see cref="FirestoreOptions.OperationTimeout"/>.
/// </summary>
public interface IFirestoreClient
{
    /// <summary>The document, or null when it does not exist.</summary>
    Task<FirestoreDocument?> GetAsync(string collection, string id, CancellationToken ct = default);

    /// <summary>All documents of the collection, ordered by id, read page by page.</summary>
    Task<IReadOnlyList<FirestoreDocument>> ListAsync(string collection, CancellationToken ct = default);

    /// <exception cref="FirestoreAlreadyExistsException">The document exists.</exception>
    Task<FirestoreDocument> CreateAsync(string collection, string id, DocumentFields fields, CancellationToken ct = default);

    /// <summary>
    /// Writes only the given fields; other stored fields stay. Without a precondition a missing
    /// document is created.
    /// </summary>
    Task<FirestoreDocument> PatchAsync(string collection, string id, DocumentFields fields, Precondition? precondition = null, CancellationToken ct = default);

    Task DeleteAsync(string collection, string id, Precondition? precondition = null, CancellationToken ct = default);

    Task<IReadOnlyList<FirestoreDocument>> RunQueryAsync(FirestoreQuery query, CancellationToken ct = default);

    /// <summary>The documents in the order of <paramref name="ids"/>; null where one does not exist.</summary>
    Task<IReadOnlyList<FirestoreDocument?>> BatchGetAsync(string collection, IReadOnlyList<string> ids, CancellationToken ct = default);

    /// <summary>Applies all writes atomically, or none.</summary>
    /// <exception cref="ArgumentException">More than <see cref="FirestoreClient.MaxWritesPerCommit"/> writes.</exception>
    Task<CommitResult> CommitAsync(IReadOnlyList<Write> writes, CancellationToken ct = default);

    /// <summary>
    /// Runs <paramref name="body"/> in a read-write transaction, begun by its first read, and commits its
    /// buffered writes. On contention (ABORTED, from any step) the whole body runs again, so it must have no
    /// other side effects, nor leave a read running when it returns.
    /// </summary>
    /// <exception cref="FirestoreAbortedException">Still aborted after <see cref="FirestoreOptions.MaxTransactionAttempts"/> attempts; nothing was written.</exception>
    /// <exception cref="FirestoreUnavailableException">Out of <see cref="FirestoreOptions.TransactionTimeout"/> before the commit (DEADLINE_EXCEEDED; nothing was written), or the commit's outcome is unknown (UNKNOWN: it ran out of time or failed ambiguously while the commit was under way).</exception>
    Task<T> RunTransactionAsync<T>(Func<FirestoreTransaction, CancellationToken, Task<T>> body, CancellationToken ct = default);

    /// <summary>
    /// Listens to the documents matching <paramref name="query"/> (a collection: <c>new FirestoreQuery(collection)</c>).
    /// The first snapshot holds every matching document; each later one comes when a batch of changes
    /// is committed. A stream that breaks is reopened with backoff and resumes where the last
    /// snapshot left off, so no change is missed. Ends only with the caller's cancellation, or with
    /// an error a new stream cannot cure (a <see cref="FirestoreException"/>, e.g. INVALID_ARGUMENT).
    /// </summary>
    IAsyncEnumerable<QuerySnapshot> ListenAsync(FirestoreQuery query, CancellationToken ct = default);

    /// <summary>
    /// As <see cref="ListenAsync(FirestoreQuery, CancellationToken)"/>, and tells <paramref name="onStatus"/> when a stream
    /// becomes current and when it breaks, so that a listener can stop trusting what it holds while it may miss changes.
    /// </summary>
    IAsyncEnumerable<QuerySnapshot> ListenAsync(FirestoreQuery query, Action<ListenStatus>? onStatus, CancellationToken ct = default);

    /// <summary>
    /// As <see cref="ListenAsync(FirestoreQuery, Action{ListenStatus}?, CancellationToken)"/> for several queries on one
    /// stream: each snapshot holds every query's state at one read time, so a change to any of them
    /// moves all of them on together (a quiet query does not lag behind a busy one).
    /// </summary>
    IAsyncEnumerable<ListenSnapshot> ListenAsync(IReadOnlyList<FirestoreQuery> queries, Action<ListenStatus>? onStatus, CancellationToken ct = default);

    /// <summary>True when Firestore answers an authorized request.</summary>
    Task<bool> IsReachableAsync(CancellationToken ct = default);
}
