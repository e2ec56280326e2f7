using LeagueApp.Firestore;

namespace LeagueApp.Data;

// Tells the failures of the database client apart for callers that must not depend on the client.
public static class DatabaseFailures
{
    /// <summary>Whether <paramref name="exception"/> is a failed call to the database, of any kind.</summary>
    public static bool IsDatabaseFailure(Exception exception) => exception is FirestoreException;

    /// <summary>Whether trying the same call again later may succeed: the database could not serve it for now.</summary>
    public static bool IsTransient(Exception exception) => exception is FirestoreUnavailableException;

    public static DatabaseFailure Classify(Exception exception) => exception switch
    {
        FirestoreUnavailableException => DatabaseFailure.Unavailable,
        // The client's transient statuses are FirestoreUnavailableException already.
        FirestoreException { Status: FirestoreStatus.Unauthenticated or FirestoreStatus.PermissionDenied or FirestoreStatus.Unknown } => DatabaseFailure.AccessRefused,
        FirestoreAbortedException => DatabaseFailure.Collision,
        _ => DatabaseFailure.None,
    };
}
