using System.Net;
using Grpc.Core;

namespace LeagueApp.Firestore;

/// <summary>Turns a failed call's gRPC status into the typed exception for it.</summary>
internal static class FirestoreErrors
{
    /// <summary>
    /// A status with a debug exception was made up on this side (no connection, a broken stream):
    /// Firestore did not answer, so there is no HTTP code.
    /// </summary>
    public static FirestoreException FromStatus(string method, Status status, Exception? innerException)
    {
        var (name, httpCode) = Describe(status.StatusCode);
        var detail = status.DebugException is { } cause ? $"{status.Detail} ({cause.Message})" : status.Detail;
        return Create($"Firestore {method} failed with {name}: {detail}", status.DebugException is null ? httpCode : null, name, innerException);
    }

    public static FirestoreException Create(string message, HttpStatusCode? statusCode, string status, Exception? innerException = null) => status switch
    {
        "NOT_FOUND" => new FirestoreNotFoundException(message, statusCode, status, innerException),
        "ALREADY_EXISTS" => new FirestoreAlreadyExistsException(message, statusCode, status, innerException),
        "FAILED_PRECONDITION" => new FirestoreFailedPreconditionException(message, statusCode, status, innerException),
        "ABORTED" => new FirestoreAbortedException(message, statusCode, status, innerException),

        // The codes Google's client libraries treat as transient for Firestore.
        "UNAVAILABLE" or "DEADLINE_EXCEEDED" or "RESOURCE_EXHAUSTED" or "INTERNAL" =>
            new FirestoreUnavailableException(message, statusCode, status, innerException),
        _ => new FirestoreException(message, statusCode, status, innerException),
    };

    // The status names of google.rpc.Code, and the HTTP code Firestore's REST API gives each one,
    // so that StatusCode means what it meant when the client spoke REST.
    private static (string Name, HttpStatusCode HttpCode) Describe(StatusCode code) => code switch
    {
        StatusCode.OK => ("OK", HttpStatusCode.OK),
        StatusCode.Cancelled => ("CANCELLED", (HttpStatusCode)499),
        StatusCode.InvalidArgument => ("INVALID_ARGUMENT", HttpStatusCode.BadRequest),
        StatusCode.DeadlineExceeded => ("DEADLINE_EXCEEDED", HttpStatusCode.GatewayTimeout),
        StatusCode.NotFound => ("NOT_FOUND", HttpStatusCode.NotFound),
        StatusCode.AlreadyExists => ("ALREADY_EXISTS", HttpStatusCode.Conflict),
        StatusCode.PermissionDenied => ("PERMISSION_DENIED", HttpStatusCode.Forbidden),
        StatusCode.Unauthenticated => ("UNAUTHENTICATED", HttpStatusCode.Unauthorized),
        StatusCode.ResourceExhausted => ("RESOURCE_EXHAUSTED", HttpStatusCode.TooManyRequests),
        StatusCode.FailedPrecondition => ("FAILED_PRECONDITION", HttpStatusCode.BadRequest),
        StatusCode.Aborted => ("ABORTED", HttpStatusCode.Conflict),
        StatusCode.OutOfRange => ("OUT_OF_RANGE", HttpStatusCode.BadRequest),
        StatusCode.Unimplemented => ("UNIMPLEMENTED", HttpStatusCode.NotImplemented),
        StatusCode.Internal => ("INTERNAL", HttpStatusCode.InternalServerError),
        StatusCode.Unavailable => ("UNAVAILABLE", HttpStatusCode.ServiceUnavailable),
        StatusCode.DataLoss => ("DATA_LOSS", HttpStatusCode.InternalServerError),
        _ => ("UNKNOWN", HttpStatusCode.InternalServerError),
    };
}
