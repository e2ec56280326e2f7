using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace LeagueApp.Firestore;

/// <summary>
/// Sends one REST call with the per-request timeout and turns every failure into a
/// <see cref="FirestoreException"/>; only the caller's own cancellation stays an
/// <see cref="OperationCanceledException"/>.
/// </summary>
internal sealed class FirestoreHttp(HttpClient httpClient, FirestoreOptions options, TimeProvider timeProvider)
{
    private readonly Uri _apiRoot = new(options.EmulatorEndpoint ?? FirestoreOptions.ProductionEndpoint, "v1/");

    public Task<TResponse> SendAsync<TRequest, TResponse>(
        HttpMethod method,
        string path,
        TRequest body,
        JsonTypeInfo<TRequest> requestType,
        JsonTypeInfo<TResponse> responseType,
        CancellationToken ct) =>
        SendAsync(method, path, JsonContent.Create(body, requestType), responseType, ct);

    public async Task<TResponse> SendAsync<TResponse>(
        HttpMethod method,
        string path,
        HttpContent? content,
        JsonTypeInfo<TResponse> responseType,
        CancellationToken ct)
    {
        using var timeout = new CancellationTokenSource(options.RequestTimeout, timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct, timeout.Token);
        using var request = new HttpRequestMessage(method, new Uri(_apiRoot, path)) { Content = content };
        try
        {
            // Read as it arrives: a batchGet's answer is deserialized from the socket, not buffered first.
            using var response = await httpClient.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, linked.Token);
            if (!response.IsSuccessStatusCode)
            {
                throw await FirestoreErrors.FromResponseAsync(response, linked.Token);
            }

            return await response.Content.ReadFromJsonAsync(responseType, linked.Token)
                ?? throw new FirestoreMappingException($"Firestore answered {method} {request.RequestUri?.AbsolutePath} with an empty body.");
        }
        catch (OperationCanceledException ex) when (!ct.IsCancellationRequested)
        {
            throw new FirestoreUnavailableException(
                $"Firestore did not answer {method} {request.RequestUri?.AbsolutePath} within {options.RequestTimeout.TotalSeconds:0.###} s.",
                statusCode: null,
                "DEADLINE_EXCEEDED",
                ex);
        }
        catch (HttpRequestException ex)
        {
            throw new FirestoreUnavailableException($"Firestore could not be reached: {ex.Message}", statusCode: null, "UNAVAILABLE", ex);
        }
        catch (IOException ex)
        {
            // The connection broke while the answer was being read (HttpIOException and the like).
            throw new FirestoreUnavailableException($"Firestore's answer was cut off: {ex.Message}", statusCode: null, "UNAVAILABLE", ex);
        }
        catch (JsonException ex)
        {
            throw new FirestoreMappingException($"Firestore's answer to {method} {request.RequestUri?.AbsolutePath} could not be read: {ex.Message}", innerException: ex);
        }
    }
}
