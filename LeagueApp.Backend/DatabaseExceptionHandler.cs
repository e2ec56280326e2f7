using LeagueApp.Data;
using LeagueApp.Data.Import;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace LeagueApp.Backend;

// Known database failures become clear answers without the store's addresses or paths, instead of
// an anonymous 500: a database that cannot be reached (after the client's own retries), or
// that refuses the service's credentials, is a 503, which cannot promise that a write did not land; a transaction that kept colliding with
// concurrent writes (still aborted after its retries) is a 409 that nothing was changed, and so is an
// import that met another writer's change (saying what it did write); a document the app cannot map is
// a 500 that names it.
internal sealed class DatabaseExceptionHandler(IProblemDetailsService problems, ILogger<DatabaseExceptionHandler> logger)
    : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken ct)
    {
        var (status, title, detail) = exception switch
        {
            // Named, so that an operator can find and mend the document; nothing was changed.
            UnreadableDocumentException unreadable => (
                StatusCodes.Status500InternalServerError,
                "Unreadable league data",
                $"{unreadable.Message} Nothing was changed."),
            ConcurrentImportException concurrent => (
                StatusCodes.Status409Conflict,
                "Concurrent change",
                concurrent.Message),
            _ => DatabaseFailures.Classify(exception) switch
            {
                DatabaseFailure.Unavailable => (
                    StatusCodes.Status503ServiceUnavailable,
                    "The league database is unavailable",
                    "The database did not answer in time, so a change may or may not have been made. Try again shortly; with the same Idempotency-Key a write is not done twice."),
                // The caller can do nothing but wait, so it is told the database is unavailable, not that the server erred.
                DatabaseFailure.AccessRefused => (
                    StatusCodes.Status503ServiceUnavailable,
                    "The league database is unavailable",
                    "The service could not use the database just now, so a change may or may not have been made. Try again shortly; with the same Idempotency-Key a write is not done twice."),
                DatabaseFailure.Collision => (
                    StatusCodes.Status409Conflict,
                    "Concurrent change",
                    "The request collided with other changes to the same data and was not applied. Try again."),
                _ => (0, null, null),
            },
        };
        if (title is null)
        {
            return false;
        }

        logger.LogWarning(exception, "The database failed {Method} {Path}: {Title}", context.Request.Method, context.Request.Path, title);
        context.Response.StatusCode = status;
        if (status != StatusCodes.Status500InternalServerError)
        {
            context.Response.Headers.RetryAfter = "1";
        }

        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            Exception = exception,
            ProblemDetails = { Status = status, Title = title, Detail = detail },
        });
    }
}
