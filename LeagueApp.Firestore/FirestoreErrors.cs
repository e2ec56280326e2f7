using System.Net;
using System.Text.Json;
using LeagueApp.Firestore.Wire;

namespace LeagueApp.Firestore;

/// <summary>Turns an error answer into the typed exception for its gRPC status.</summary>
internal static class FirestoreErrors
{
    private const int MaxRawBodyLength = 200;

    public static async Task<FirestoreException> FromResponseAsync(HttpResponseMessage response, CancellationToken ct)
    {
        var body = await response.Content.ReadAsStringAsync(ct);
        var error = TryParse(body);

        // Without a Firestore error body (a proxy's page, the emulator's plain "Not Found" for a
        // wrong URL) the HTTP code alone must not pass for a document's NOT_FOUND.
        var status = error?.Status ?? StatusForHttpCode(response.StatusCode);
        var detail = error?.Message ?? Truncate(body);
        return Create($"Firestore answered {(int)response.StatusCode} {status}: {detail}", response.StatusCode, status);
    }

    private static FirestoreException Create(string message, HttpStatusCode statusCode, string status) => status switch
    {
        "NOT_FOUND" => new FirestoreNotFoundException(message, statusCode, status),
        "ALREADY_EXISTS" => new FirestoreAlreadyExistsException(message, statusCode, status),
        "FAILED_PRECONDITION" => new FirestoreFailedPreconditionException(message, statusCode, status),
        "ABORTED" => new FirestoreAbortedException(message, statusCode, status),
        "UNAVAILABLE" or "DEADLINE_EXCEEDED" => new FirestoreUnavailableException(message, statusCode, status),
        _ => new FirestoreException(message, statusCode, status),
    };

    // Streaming methods (runQuery, batchGet) wrap their error in an array.
    private static WireError? TryParse(string body)
    {
        try
        {
            return body.TrimStart().StartsWith('[')
                ? JsonSerializer.Deserialize(body, FirestoreJsonContext.Default.IReadOnlyListWireErrorResponse)?.FirstOrDefault(item => item.Error is not null)?.Error
                : JsonSerializer.Deserialize(body, FirestoreJsonContext.Default.WireErrorResponse)?.Error;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string StatusForHttpCode(HttpStatusCode code) => code switch
    {
        HttpStatusCode.ServiceUnavailable or HttpStatusCode.BadGateway => "UNAVAILABLE",
        HttpStatusCode.GatewayTimeout => "DEADLINE_EXCEEDED",
        HttpStatusCode.TooManyRequests => "RESOURCE_EXHAUSTED",
        HttpStatusCode.Unauthorized => "UNAUTHENTICATED",
        HttpStatusCode.Forbidden => "PERMISSION_DENIED",
        _ => "UNKNOWN",
    };

    private static string Truncate(string body) =>
        body.Length <= MaxRawBodyLength ? body.Trim() : string.Concat(body.AsSpan(0, MaxRawBodyLength), "…");
}
