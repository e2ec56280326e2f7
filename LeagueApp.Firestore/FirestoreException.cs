using System.Net;

namespace LeagueApp.Firestore;

/// <summary>A call to Firestore failed. <see cref="Status"/> is the gRPC status name, e.g. "ABORTED".</summary>
public class FirestoreException : Exception
{
    public FirestoreException(string message, HttpStatusCode? statusCode, string status, Exception? innerException = null)
        : base(message, innerException)
    {
        StatusCode = statusCode;
        Status = status;
    }

    /// <summary>
    /// The HTTP code Firestore's REST API gives for <see cref="Status"/> (409 for ABORTED); null when
    /// Firestore did not answer (connection failure, timeout).
    /// </summary>
    public HttpStatusCode? StatusCode { get; }

    public string Status { get; }
}
