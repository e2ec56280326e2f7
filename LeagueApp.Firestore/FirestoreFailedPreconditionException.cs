using System.Net;

namespace LeagueApp.Firestore;

/// <summary>A precondition of the request did not hold (FAILED_PRECONDITION).</summary>
public sealed class FirestoreFailedPreconditionException(string message, HttpStatusCode? statusCode, string status, Exception? innerException = null)
    : FirestoreException(message, statusCode, status, innerException);
