using System.Net;

namespace LeagueApp.Firestore;

/// <summary>The document already exists (ALREADY_EXISTS); retrying cannot help.</summary>
public sealed class FirestoreAlreadyExistsException(string message, HttpStatusCode? statusCode, string status, Exception? innerException = null)
    : FirestoreException(message, statusCode, status, innerException);
