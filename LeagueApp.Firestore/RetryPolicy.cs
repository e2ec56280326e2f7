using System.Collections.Frozen;

namespace LeagueApp.Firestore;

/// <summary>
/// Which failures of one kind of call are retried. The classes and their codes follow Google's
/// published retry settings for google.firestore.v1 (firestore_grpc_service_config.json); the
/// commit classes narrow them to what cannot apply a write twice.
/// </summary>
internal sealed record RetryPolicy(string Method, FrozenSet<string> RetryableStatuses)
{
    /// <summary>GetDocument, ListDocuments, DeleteDocument, BeginTransaction, Rollback, ListCollectionIds.</summary>
    public static FrozenSet<string> SingleCallCodes { get; } = FrozenSet.Create(
        FirestoreStatus.ResourceExhausted, FirestoreStatus.Unavailable, FirestoreStatus.Internal, FirestoreStatus.DeadlineExceeded);

    /// <summary>BatchGetDocuments and RunQuery: Google leaves RESOURCE_EXHAUSTED out for the streamed reads.</summary>
    public static FrozenSet<string> StreamedReadCodes { get; } = FrozenSet.Create(
        FirestoreStatus.Unavailable, FirestoreStatus.Internal, FirestoreStatus.DeadlineExceeded);

    /// <summary>
    /// Google retries Commit, CreateDocument and UpdateDocument on RESOURCE_EXHAUSTED and UNAVAILABLE.
    /// The gRPC client also reports a connection lost after the request went out as UNAVAILABLE, and a
    /// lost answer may hide an applied write: a write a repeat could apply twice retries only on
    /// RESOURCE_EXHAUSTED, which Firestore answers before applying anything.
    /// </summary>
    public static FrozenSet<string> UnsafeWriteCodes { get; } = FrozenSet.Create(FirestoreStatus.ResourceExhausted);

    public static RetryPolicy Get { get; } = new("GetDocument", SingleCallCodes);

    public static RetryPolicy List { get; } = new("ListDocuments", SingleCallCodes);

    public static RetryPolicy Delete { get; } = new("DeleteDocument", SingleCallCodes);

    public static RetryPolicy BeginTransaction { get; } = new("BeginTransaction", SingleCallCodes);

    public static RetryPolicy Rollback { get; } = new("Rollback", SingleCallCodes);

    public static RetryPolicy ListCollectionIds { get; } = new("ListCollectionIds", SingleCallCodes);

    public static RetryPolicy BatchGet { get; } = new("BatchGetDocuments", StreamedReadCodes);

    public static RetryPolicy RunQuery { get; } = new("RunQuery", StreamedReadCodes);

    /// <summary>
    /// A non-transactional write: all the single-call codes when no repeat can apply it twice
    /// (<see cref="RepeatSafety"/>), else only the codes that prove nothing was applied.
    /// </summary>
    public static RetryPolicy ForWrites(string method, IReadOnlyCollection<Write> writes) =>
        new(method, RepeatSafety.IsSafe(writes) ? SingleCallCodes : UnsafeWriteCodes);

    /// <summary>
    /// A commit inside a transaction: the transaction id lets it apply at most once (a repeat of a
    /// commit that did apply is refused as INVALID_ARGUMENT), so even the ambiguous codes are safe.
    /// </summary>
    public static RetryPolicy TransactionalCommit { get; } = new("Commit", SingleCallCodes);

    public bool Retries(FirestoreException error) => RetryableStatuses.Contains(error.Status);
}
