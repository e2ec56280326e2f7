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
        FirestoreStatus.NotFound => new FirestoreNotFoundException(message, statusCode, status, innerException),
        FirestoreStatus.AlreadyExists => new FirestoreAlreadyExistsException(message, statusCode, status, innerException),
        FirestoreStatus.FailedPrecondition => new FirestoreFailedPreconditionException(message, statusCode, status, innerException),
        FirestoreStatus.Aborted => new FirestoreAbortedException(message, statusCode, status, innerException),

        // The codes Google's client libraries treat as transient for Firestore.
        FirestoreStatus.Unavailable or FirestoreStatus.DeadlineExceeded or FirestoreStatus.ResourceExhausted or FirestoreStatus.Internal =>
            new FirestoreUnavailableException(message, statusCode, status, innerException),
        _ => new FirestoreException(message, statusCode, status, innerException),
    };

    // The status names of google.rpc.Code, and the HTTP code Firestore's REST API gives each one,
    // so that StatusCode means what it meant when the client spoke REST.
    private static (string Name, HttpStatusCode HttpCode) Describe(StatusCode code) => code switch
    {
        StatusCode.OK => (FirestoreStatus.Ok, HttpStatusCode.OK),
        StatusCode.Cancelled => (FirestoreStatus.Cancelled, (HttpStatusCode)499),
        StatusCode.InvalidArgument => (FirestoreStatus.InvalidArgument, HttpStatusCode.BadRequest),
        StatusCode.DeadlineExceeded => (FirestoreStatus.DeadlineExceeded, HttpStatusCode.GatewayTimeout),
        StatusCode.NotFound => (FirestoreStatus.NotFound, HttpStatusCode.NotFound),
        StatusCode.AlreadyExists => (FirestoreStatus.AlreadyExists, HttpStatusCode.Conflict),
        StatusCode.PermissionDenied => (FirestoreStatus.PermissionDenied, HttpStatusCode.Forbidden),
        StatusCode.Unauthenticated => (FirestoreStatus.Unauthenticated, HttpStatusCode.Unauthorized),
        StatusCode.ResourceExhausted => (FirestoreStatus.ResourceExhausted, HttpStatusCode.TooManyRequests),
        StatusCode.FailedPrecondition => (FirestoreStatus.FailedPrecondition, HttpStatusCode.BadRequest),
        StatusCode.Aborted => (FirestoreStatus.Aborted, HttpStatusCode.Conflict),
        StatusCode.OutOfRange => (FirestoreStatus.OutOfRange, HttpStatusCode.BadRequest),
        StatusCode.Unimplemented => (FirestoreStatus.Unimplemented, HttpStatusCode.NotImplemented),
        StatusCode.Internal => (FirestoreStatus.Internal, HttpStatusCode.InternalServerError),
        StatusCode.Unavailable => (FirestoreStatus.Unavailable, HttpStatusCode.ServiceUnavailable),
        StatusCode.DataLoss => (FirestoreStatus.DataLoss, HttpStatusCode.InternalServerError),
        _ => (FirestoreStatus.Unknown, HttpStatusCode.InternalServerError),
    };
}
