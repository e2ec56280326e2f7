using System.Net;

namespace LeagueApp.Firestore;

/// <summary>
/// Firestore could not serve the call for now (UNAVAILABLE, DEADLINE_EXCEEDED, RESOURCE_EXHAUSTED, INTERNAL,
/// connection failure or timeout) after the client's own retries, or a write's outcome is unknown (UNKNOWN:
/// it may have been applied).
/// </summary>
public sealed class FirestoreUnavailableException(string message, HttpStatusCode? statusCode, string status, Exception? innerException = null)
    : FirestoreException(message, statusCode, status, innerException);
