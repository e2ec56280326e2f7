using LeagueApp.Data;
using LeagueApp.Data.Import;
using Microsoft.AspNetCore.Http;

namespace LeagueApp.Backend;

// What a known database failure tells the client, without the store's addresses or paths: a database
// that cannot be reached (after the client's own retries), or that refuses the service's credentials,
// is a 503, which cannot promise that a write did not land; a transaction that kept colliding with
// concurrent writes (still aborted after its retries) is a 409 that nothing was changed, and so is an
// import that met another writer's change (saying what it did write); a document the app cannot map
// is a 500 that names it. Requests answer with it, and so does the status of an import that failed.
public sealed record DatabaseProblem(int Status, string Title, string Detail)
{
    public static DatabaseProblem? For(Exception exception) => exception switch
    {
        // Named, so that an operator can find and mend the document; nothing was changed.
        UnreadableDocumentException unreadable => new(
            StatusCodes.Status500InternalServerError,
            "Unreadable league data",
            $"{unreadable.Message} Nothing was changed."),
        ConcurrentImportException concurrent => new(
            StatusCodes.Status409Conflict,
            "Concurrent change",
            concurrent.Message),
        _ => DatabaseFailures.Classify(exception) switch
        {
            DatabaseFailure.Unavailable => new(
                StatusCodes.Status503ServiceUnavailable,
                "The league database is unavailable",
                "The database did not answer in time, so a change may or may not have been made. Try again shortly; with the same Idempotency-Key a write is not done twice."),
            // The caller can do nothing but wait, so it is told the database is unavailable, not that the server erred.
            DatabaseFailure.AccessRefused => new(
                StatusCodes.Status503ServiceUnavailable,
                "The league database is unavailable",
                "The service could not use the database just now, so a change may or may not have been made. Try again shortly; with the same Idempotency-Key a write is not done twice."),
            DatabaseFailure.Collision => new(
                StatusCodes.Status409Conflict,
                "Concurrent change",
                "The request collided with other changes to the same data and was not applied. Try again."),
            _ => null,
        },
    };
}
