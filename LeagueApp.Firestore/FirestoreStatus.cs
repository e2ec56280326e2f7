namespace LeagueApp.Firestore;

/// <summary>
/// gRPC status names as <see cref="FirestoreException.Status"/> carries them. Retries are decided on
/// these names alone, so the decision holds whichever transport produced the error.
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
