using System.Text;
using LeagueApp.Contracts;
using LeagueApp.Data.Idempotency;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace LeagueApp.Backend.Idempotency;

// Gives a write retried with the same Idempotency-Key the first answer again instead of doing it twice.
// The endpoint remembers its answer itself (HttpContext.AnswerToRemember), because the answer has to
// be committed with the write it answers: an answer stored after the commit could be lost with the
// write already done.
internal sealed class IdempotencyFilter(string operation, Func<EndpointFilterInvocationContext, string> canonicalRequest) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var key = http.Request.Headers[IdempotencyHeader.Name].ToString();
        if (key.Length == 0)
        {
            return await next(context);
        }

        if (!IdempotencyKeys.IsValid(key))
        {
            return TypedResults.Problem(
                $"The {IdempotencyHeader.Name} header must be 1 to 128 letters, digits or the characters _ . : -",
                statusCode: StatusCodes.Status400BadRequest,
                title: "Invalid idempotency key");
        }

        var request = new IdempotentRequest(key, IdempotencyKeys.Hash(operation, canonicalRequest(context)));
        var store = http.RequestServices.GetRequiredService<IdempotencyStore>();
        if (await store.FindAsync(key, http.RequestAborted) is { } remembered)
        {
            return Replay(request, remembered);
        }

        http.Features.Set(request);
        var answer = await next(context);

        // A twin of this request with the same key may have landed first and left this one nothing to
        // find or a conflict: then answer as the twin did.
        return IsTwinsLeftover(answer) && await store.FindAsync(key, http.RequestAborted) is { } twin
            ? Replay(request, twin)
            : answer;
    }

    private static bool IsTwinsLeftover(object? answer) =>
        (answer is INestedHttpResult nested ? nested.Result : answer) is IStatusCodeHttpResult
        {
            StatusCode: StatusCodes.Status404NotFound or StatusCodes.Status409Conflict,
        };

    // The remembered answer again, or a 422 when the key was used for a different request.
    private static IResult Replay(IdempotentRequest request, IdempotencyRecord record) =>
        record.RequestHash == request.RequestHash
            ? TypedResults.Content(record.Body, "application/json", Encoding.UTF8, record.StatusCode)
            : TypedResults.Problem(
                $"The {IdempotencyHeader.Name} '{request.Key}' was already used for a different request. Use a new key for a new request.",
                statusCode: StatusCodes.Status422UnprocessableEntity,
                title: "Idempotency key reused");
}
