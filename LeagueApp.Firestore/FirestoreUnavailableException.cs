using System.Net;

namespace LeagueApp.Firestore;

/// <summary>Firestore could not be reached in time (UNAVAILABLE, DEADLINE_EXCEEDED, connection failure or timeout); the call may be retried when it is idempotent.</summary>
public sealed class FirestoreUnavailableException(string message, HttpStatusCode? statusCode, string status, Exception? innerException = null)
    : FirestoreException(message, statusCode, status, innerException);
