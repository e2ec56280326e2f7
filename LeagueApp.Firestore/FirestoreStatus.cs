namespace LeagueApp.Firestore;

/// <summary>
/// gRPC status names as <see cref="FirestoreException.Status"/> carries them, whether Firestore answered
/// the status (<see cref="FirestoreErrors"/> maps RpcException.StatusCode) or the client made it up for
/// its own timeouts. Retries are decided on these names alone.
/// </summary>
internal static class FirestoreStatus
{
    public const string Aborted = "ABORTED";
    public const string AlreadyExists = "ALREADY_EXISTS";
    public const string DeadlineExceeded = "DEADLINE_EXCEEDED";
    public const string FailedPrecondition = "FAILED_PRECONDITION";
    public const string Internal = "INTERNAL";
    public const string InvalidArgument = "INVALID_ARGUMENT";
    public const string NotFound = "NOT_FOUND";
    public const string ResourceExhausted = "RESOURCE_EXHAUSTED";
    public const string Unavailable = "UNAVAILABLE";
}
