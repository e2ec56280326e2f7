using System.Net.Mime;
using Microsoft.Extensions.Http.Resilience;
using Polly.Retry;

namespace Microsoft.Extensions.Hosting;

/// <summary>
/// Which failed service-to-service calls are tried again: a backend that could not be reached or did
/// not answer in time, not a backend's own answer. A backend answers with problem details only after
/// its own retries (the Firestore client retries the database), so retrying that answer would
/// multiply the attempts at the database, not add a chance.
/// </summary>
public static class BackendRetryPredicate
{
    public static ValueTask<bool> ShouldRetry(RetryPredicateArguments<HttpResponseMessage> args) =>
        ValueTask.FromResult(
            HttpClientResiliencePredicates.IsTransient(args.Outcome)
            && args.Outcome.Result?.Content.Headers.ContentType?.MediaType != MediaTypeNames.Application.ProblemJson);
}
