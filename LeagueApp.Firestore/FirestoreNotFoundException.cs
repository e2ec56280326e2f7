using System.Net;

namespace LeagueApp.Firestore;

/// <summary>The document does not exist (NOT_FOUND).</summary>
public sealed class FirestoreNotFoundException(string message, HttpStatusCode? statusCode, string status, Exception? innerException = null)
    : FirestoreException(message, statusCode, status, innerException);
