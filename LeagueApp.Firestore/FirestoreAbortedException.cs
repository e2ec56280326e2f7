using System.Net;

namespace LeagueApp.Firestore;

/// <summary>The transaction was aborted by contention (ABORTED); retrying the whole transaction can succeed.</summary>
public sealed class FirestoreAbortedException(string message, HttpStatusCode? statusCode, string status, Exception? innerException = null)
    : FirestoreException(message, statusCode, status, innerException);
