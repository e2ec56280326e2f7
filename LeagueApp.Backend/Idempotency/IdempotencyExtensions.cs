using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using LeagueApp.Data.Idempotency;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace LeagueApp.Backend.Idempotency;

public static class IdempotencyExtensions
{
    /// <summary>
    /// Writes on this endpoint accept an Idempotency-Key: a retry with the same key and request gets the
    /// first answer again, the same key with another request a 422, a malformed key a 400.
    /// </summary>
    /// <param name="operation">Names the write, so that one key sent to two endpoints is two requests.</param>
    /// <param name="canonicalRequest">What the write asks for, from its arguments, as text that is equal for equal requests.</param>
    public static RouteHandlerBuilder WithIdempotency(
        this RouteHandlerBuilder builder, string operation, Func<EndpointFilterInvocationContext, string> canonicalRequest) =>
        builder.AddEndpointFilter(new IdempotencyFilter(operation, canonicalRequest));

    /// <summary>The key and request of this write; null when the client sent no key.</summary>
    public static IdempotentRequest? IdempotentRequest(this HttpContext context) => context.Features.Get<IdempotentRequest>();

    /// <summary>The answer to commit with this write for its retries; null when the client sent no key.</summary>
    public static RememberedAnswer? AnswerToRemember<T>(this HttpContext context, int statusCode, T body, JsonTypeInfo<T> typeInfo) =>
        context.IdempotentRequest() is { } request ? new RememberedAnswer(request, statusCode, JsonSerializer.Serialize(body, typeInfo)) : null;

    /// <summary>The answer without a body to commit with this write for its retries; null when the client sent no key.</summary>
    public static RememberedAnswer? AnswerToRemember(this HttpContext context, int statusCode) =>
        context.IdempotentRequest() is { } request ? new RememberedAnswer(request, statusCode, string.Empty) : null;
}
