namespace LeagueApp.Data;

// What a failed database call means to its caller, so that the HTTP side can answer it without
// knowing which database the store uses.
public enum DatabaseFailure
{
    // Not a database failure: the caller handles the exception as it would any other.
    None,

    // The database did not answer in time (after the client's own retries), or a write's outcome is unknown.
    Unavailable,

    // The database refused the service's own access, or its answer was incomplete: only waiting helps.
    AccessRefused,

    // A transaction kept colliding with concurrent writes to the same data and was not applied.
    Collision,
}
