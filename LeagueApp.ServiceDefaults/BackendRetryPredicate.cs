using System.Net;
using System.Net.Mime;
using Microsoft.Extensions.Http.Resilience;
using Polly.CircuitBreaker;
using Polly.Retry;

namespace Microsoft.Extensions.Hosting;

/// <summary>
/// Which failed service-to-service calls are tried again, and which count against a backend's
/// circuit: a backend that could not be reached or did not answer in time, not a backend's own answer.
/// A backend answers with problem details only after its own retries (the Firestore client retries
/// the database), so retrying that answer would multiply the attempts at the database, not add a chance.
/// </summary>
public static class BackendRetryPredicate
{
    public static ValueTask<bool> ShouldRetry(RetryPredicateArguments<HttpResponseMessage> args) =>
        ValueTask.FromResult(
            HttpClientResiliencePredicates.IsTransient(args.Outcome)
            && args.Outcome.Result?.Content.Headers.ContentType?.MediaType != MediaTypeNames.Application.ProblemJson);

    /// <summary>A backend's own 500 (e.g. a document it cannot read) says nothing of its health: the circuit stays closed.</summary>
    public static ValueTask<bool> ShouldBreak(CircuitBreakerPredicateArguments<HttpResponseMessage> args) =>
        ValueTask.FromResult(HttpClientResiliencePredicates.IsTransient(args.Outcome) && !IsOwnError(args.Outcome.Result));

    /// <summary>A 500 with problem details: the backend ran and explains its failure, to be relayed, not hidden.</summary>
    public static bool IsOwnError(HttpResponseMessage? response) =>
        response is { StatusCode: HttpStatusCode.InternalServerError }
        && response.Content.Headers.ContentType?.MediaType == MediaTypeNames.Application.ProblemJson;
}
