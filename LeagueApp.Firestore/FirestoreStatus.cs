namespace LeagueApp.Firestore;

/// <summary>
/// The status names of google.rpc.Code as <see cref="FirestoreException.Status"/> carries them, whether Firestore answered
/// the status (<see cref="FirestoreErrors"/> maps RpcException.StatusCode) or the client made it up for
/// its own timeouts. Retries are decided on these names alone.
/// </summary>
public static class FirestoreStatus
{
    public const string Aborted = "ABORTED";
    public const string AlreadyExists = "ALREADY_EXISTS";
    public const string Cancelled = "CANCELLED";
    public const string DataLoss = "DATA_LOSS";
    public const string DeadlineExceeded = "DEADLINE_EXCEEDED";
    public const string FailedPrecondition = "FAILED_PRECONDITION";
    public const string Internal = "INTERNAL";
    public const string InvalidArgument = "INVALID_ARGUMENT";
    public const string NotFound = "NOT_FOUND";
    public const string Ok = "OK";
    public const string OutOfRange = "OUT_OF_RANGE";
    public const string PermissionDenied = "PERMISSION_DENIED";
    public const string ResourceExhausted = "RESOURCE_EXHAUSTED";
    public const string Unauthenticated = "UNAUTHENTICATED";
    public const string Unavailable = "UNAVAILABLE";
    public const string Unimplemented = "UNIMPLEMENTED";
    public const string Unknown = "UNKNOWN";
}
