using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;

namespace LeagueApp.AspNetCore;

// Bodies that cannot be read (malformed JSON, missing fields, too large) are the client's mistake:
// say which, with the status Kestrel or the binder chose, and without stack traces or type names.
internal sealed class BadRequestExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken ct)
    {
        if (exception is not BadHttpRequestException bad)
        {
            return false;
        }

        var detail = bad switch
        {
            { StatusCode: StatusCodes.Status413PayloadTooLarge } => "The request body is larger than this route accepts.",
            { InnerException: JsonException json } => $"The JSON body is malformed or lacks a required field (at {json.Path ?? "$"}).",
            _ => "The request could not be read. Check the body and its Content-Type.",
        };

        context.Response.StatusCode = bad.StatusCode;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = { Status = bad.StatusCode, Title = "Bad request", Detail = detail },
        });
    }
}
