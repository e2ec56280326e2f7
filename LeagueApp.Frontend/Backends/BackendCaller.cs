using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Mvc;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace LeagueApp.Frontend.Backends;

// Sends one request to a backend and turns every way it can end into a BackendResult,
// so that a backend that is down becomes a quick 503 rather than an exception.
public sealed class BackendCaller(ILogger<BackendCaller> logger)
{
    public async Task<BackendResult<T>> SendAsync<T>(
        HttpClient client, HttpRequestMessage request, JsonTypeInfo<T>? responseType, CancellationToken ct)
    {
        using var response = await ReachAsync(client, request, ct);
        if (response is null)
        {
            return Unavailable<T>(BackendOf(client));
        }

        try
        {
            var status = (int)response.StatusCode;
            if (response.IsSuccessStatusCode)
            {
                var value = responseType is null ? default : await response.Content.ReadFromJsonAsync(responseType, ct);
                return BackendResult<T>.Success(value!, status);
            }

            var problem = await ReadProblemAsync(response, ct);
            problem.Status = status;
            return BackendResult<T>.Failure(problem);
        }
        catch (Exception e) when (e is JsonException || IsUnreachable(e, ct))
        {
            logger.LogWarning(e, "The answer of the {Backend} service to {Method} {Path} could not be read", BackendOf(client), request.Method, request.RequestUri);
            return Unavailable<T>(BackendOf(client));
        }
    }

    /// <summary>
    /// Relays a backend's answer unchanged (its problem details included) where the shapes already
    /// match; a 5xx or an unreachable backend becomes the same 503 problem as <see cref="SendAsync{T}"/> gives.
    /// </summary>
    public async Task<IResult> RelayAsync(HttpClient client, HttpRequestMessage request, CancellationToken ct) =>
        await ReachAsync(client, request, ct) is { } response
            ? new RelayedResponse(response)
            : TypedResults.Problem(Unavailable<object>(BackendOf(client)).Problem!);

    // The backend's answer if it gave one below 500; null, logged, if it failed or could not be reached.
    private async Task<HttpResponseMessage?> ReachAsync(HttpClient client, HttpRequestMessage request, CancellationToken ct)
    {
        try
        {
            var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct);
            if ((int)response.StatusCode < 500)
            {
                return response;
            }

            logger.LogWarning("The {Backend} service answered {Status} to {Method} {Path}", BackendOf(client), (int)response.StatusCode, request.Method, request.RequestUri);
            response.Dispose();
        }
        catch (Exception e) when (IsUnreachable(e, ct))
        {
            logger.LogWarning(e, "The {Backend} service could not be reached for {Method} {Path}", BackendOf(client), request.Method, request.RequestUri);
        }

        return null;
    }

    // Failures of the backend or the way to it; a cancellation by the caller itself is not one.
    private static bool IsUnreachable(Exception e, CancellationToken ct) =>
        e is HttpRequestException or BrokenCircuitException or TimeoutRejectedException
        || (e is OperationCanceledException && !ct.IsCancellationRequested);

    private static string BackendOf(HttpClient client) => client.BaseAddress?.Host ?? "backend";

    private static async Task<ProblemDetails> ReadProblemAsync(HttpResponseMessage response, CancellationToken ct)
    {
        try
        {
            return await response.Content.ReadFromJsonAsync(FrontendJsonContext.Default.HttpValidationProblemDetails, ct)
                is { } problem && (problem.Errors.Count > 0 || problem.Title is not null)
                ? problem
                : new ProblemDetails { Title = response.ReasonPhrase };
        }
        catch (JsonException)
        {
            return new ProblemDetails { Title = response.ReasonPhrase };
        }
    }

    private static BackendResult<T> Unavailable<T>(string backend) => BackendResult<T>.Failure(new ProblemDetails
    {
        Status = StatusCodes.Status503ServiceUnavailable,
        Title = "Service unavailable",
        Detail = $"The {backend} service is unavailable. Try again shortly.",
    });
}
