using System.Net;

namespace LeagueApp.Firestore;

/// <summary>
/// Firestore could not be reached in time (UNAVAILABLE, DEADLINE_EXCEEDED, connection failure or timeout) after the
/// client's own retries, or a write's outcome is unknown (UNKNOWN: it may have been applied).
/// </summary>
public sealed class FirestoreUnavailableException(string message, HttpStatusCode? statusCode, string status, Exception? innerException = null)
    : FirestoreException(message, statusCode, status, innerException);
