using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LeagueApp.Data.Idempotency;

// A write's idempotency key (if the client sent one) with the hash of what it asked for.
public sealed record IdempotentRequest(string Key, string RequestHash)
{
    /// <summary>Reads the header: null without one, or a 400 problem for a malformed key.</summary>
    public static (IdempotentRequest? Request, ProblemHttpResult? Invalid) From(HttpRequest request, string operation, string canonicalRequest)
    {
        var key = request.Headers[IdempotencyKeys.HeaderName].ToString();
        if (key.Length == 0)
        {
            return (null, null);
        }

        return IdempotencyKeys.IsValid(key)
            ? (new IdempotentRequest(key, IdempotencyKeys.Hash(operation, canonicalRequest)), null)
            : (null, TypedResults.Problem(
                $"The {IdempotencyKeys.HeaderName} header must be 1 to 128 letters, digits or the characters _ . : -",
                statusCode: StatusCodes.Status400BadRequest,
                title: "Invalid idempotency key"));
    }

    /// <summary>The remembered answer again, or a 422 when the key was used for a different request.</summary>
    public IResult Replay(IdempotencyRecord record) =>
        record.RequestHash == RequestHash
            ? TypedResults.Content(record.Body, "application/json", Encoding.UTF8, record.StatusCode)
            : TypedResults.Problem(
                $"The {IdempotencyKeys.HeaderName} '{Key}' was already used for a different request. Use a new key for a new request.",
                statusCode: StatusCodes.Status422UnprocessableEntity,
                title: "Idempotency key reused");
}
