using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using LeagueApp.Contracts;
using Microsoft.AspNetCore.Mvc;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace LeagueApp.Frontend.Backends;

// Sends one request to a backend and turns every way it can end into an answer or a 503 problem,
// so that a backend that is down becomes a quick 503 rather than an exception.
public sealed class BackendCaller(ILogger<BackendCaller> logger)
{
    /// <summary>
    /// The backend's answer below 500, or its own explained 500, read to the end; null, logged, if it
    /// failed otherwise or could not be reached.
    /// </summary>
    public async Task<BackendAnswer?> SendAsync(HttpClient client, HttpRequestMessage request, CancellationToken ct)
    {
        try
        {
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct);
            var status = (int)response.StatusCode;
            if (status < 500 || BackendRetryPredicate.IsOwnError(response))
            {
                var committed = response.Headers.TryGetValues(CommitTimes.Header, out var values)
                    && CommitTimes.TryParse(values.FirstOrDefault(), out var commitTime) ? commitTime : (DateTimeOffset?)null;
                return new BackendAnswer(status, response.Content.Headers.ContentType?.ToString(), await response.Content.ReadAsByteArrayAsync(ct), committed);
            }

            logger.LogWarning("The {Backend} service answered {Status} to {Method} {Path}", BackendOf(client), status, request.Method, request.RequestUri);
        }
        catch (Exception e) when (IsUnreachable(e, ct))
        {
            logger.LogWarning(e, "The {Backend} service could not be reached for {Method} {Path}", BackendOf(client), request.Method, request.RequestUri);
        }

        return null;
    }

    /// <summary>An answer as a value (read with <paramref name="type"/>, none when null) or as its problem details.</summary>
    public BackendResult<T> ToResult<T>(BackendAnswer? answer, string backend, JsonTypeInfo<T>? type)
    {
        if (answer is null)
        {
            return Unavailable<T>(backend);
        }

        if (!answer.IsSuccess)
        {
            var problem = ReadProblem(answer);
            problem.Status = answer.StatusCode;
            return BackendResult<T>.Failure(problem);
        }

        try
        {
            var value = type is null ? default : JsonSerializer.Deserialize(answer.Body.Span, type);
            return BackendResult<T>.Success(value!, answer.StatusCode);
        }
        catch (JsonException e)
        {
            logger.LogWarning(e, "The answer of the {Backend} service could not be read", backend);
            return Unavailable<T>(backend);
        }
    }

    /// <summary>
    /// An answer relayed unchanged (its problem details included) where the shapes already match;
    /// a backend that failed gives the same 503 problem as <see cref="ToResult{T}"/>.
    /// </summary>
    public static IResult ToRelay(BackendAnswer? answer, string backend) =>
        answer is null ? TypedResults.Problem(Unavailable<object>(backend).Problem!) : new RelayedResponse(answer);

    // Failures of the backend or the way to it; a cancellation by the caller itself is not one.
    private static bool IsUnreachable(Exception e, CancellationToken ct) =>
        e is HttpRequestException or BrokenCircuitException or TimeoutRejectedException
        || (e is OperationCanceledException && !ct.IsCancellationRequested);

    private static string BackendOf(HttpClient client) => client.BaseAddress?.Host ?? "backend";

    private static ProblemDetails ReadProblem(BackendAnswer answer)
    {
        try
        {
            return !answer.Body.IsEmpty
                && JsonSerializer.Deserialize(answer.Body.Span, FrontendJsonContext.Default.HttpValidationProblemDetails)
                    is { } problem && (problem.Errors.Count > 0 || problem.Title is not null)
                ? problem
                : new ProblemDetails { Title = ReasonPhraseOf(answer.StatusCode) };
        }
        catch (JsonException)
        {
            return new ProblemDetails { Title = ReasonPhraseOf(answer.StatusCode) };
        }
    }

    private static string? ReasonPhraseOf(int status) =>
        Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(status) is { Length: > 0 } phrase ? phrase : null;

    private static BackendResult<T> Unavailable<T>(string backend) => BackendResult<T>.Failure(new ProblemDetails
    {
        Status = StatusCodes.Status503ServiceUnavailable,
        Title = "Service unavailable",
        Detail = $"The {backend} service is unavailable. Try again shortly.",
    });
}
