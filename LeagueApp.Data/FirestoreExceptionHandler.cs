using LeagueApp.Firestore;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace LeagueApp.Data;

// A database that cannot be reached is the server's trouble, but a known one: say so with a 503,
// without the store's addresses or paths, instead of an anonymous 500.
internal sealed class FirestoreUnavailableHandler(IProblemDetailsService problems, ILogger<FirestoreUnavailableHandler> logger)
    : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken ct)
    {
        if (exception is not (FirestoreUnavailableException or FirestoreAbortedException))
        {
            return false;
        }

        logger.LogWarning(exception, "Firestore did not answer {Method} {Path}", context.Request.Method, context.Request.Path);
        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        context.Response.Headers.RetryAfter = "1";
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            Exception = exception,
            ProblemDetails =
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Title = "The league database is unavailable",
                Detail = "The database did not answer in time. Try again shortly.",
            },
        });
    }
}
