using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace LeagueApp.Backend;

// Known database failures become clear answers (DatabaseProblem) instead of an anonymous 500.
internal sealed class DatabaseExceptionHandler(IProblemDetailsService problems, ILogger<DatabaseExceptionHandler> logger)
    : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken ct)
    {
        if (DatabaseProblem.For(exception) is not { } problem)
        {
            return false;
        }

        logger.LogWarning(exception, "The database failed {Method} {Path}: {Title}", context.Request.Method, context.Request.Path, problem.Title);
        context.Response.StatusCode = problem.Status;
        if (problem.Status != StatusCodes.Status500InternalServerError)
        {
            context.Response.Headers.RetryAfter = "1";
        }

        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            Exception = exception,
            ProblemDetails = { Status = problem.Status, Title = problem.Title, Detail = problem.Detail },
        });
    }
}
