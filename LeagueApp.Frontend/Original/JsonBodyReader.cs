using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace LeagueApp.Frontend.Original;

// The original clients send JSON bodies even on GET, which minimal APIs do not bind by themselves.
public static class JsonBodyReader
{
    public static async Task<(T? Value, int Status, string? Error)> ReadAsync<T>(HttpRequest request, JsonTypeInfo<T> type, CancellationToken ct)
        where T : class
    {
        if (request.ContentLength == 0 || (request.ContentLength is null && !request.Headers.TransferEncoding.Any()))
        {
            return (null, StatusCodes.Status400BadRequest, "A JSON body is required.");
        }

        if (request.ContentType is { } contentType && !request.HasJsonContentType())
        {
            return (null, StatusCodes.Status415UnsupportedMediaType, $"The body must be JSON (application/json), not '{contentType}'.");
        }

        try
        {
            return await JsonSerializer.DeserializeAsync(request.Body, type, ct) is { } value
                ? (value, StatusCodes.Status200OK, null)
                : (null, StatusCodes.Status400BadRequest, "A JSON body is required.");
        }
        catch (JsonException e)
        {
            // The path and position help a client find its mistake; the exception text would add internals.
            return (null, StatusCodes.Status400BadRequest, $"The body is not valid JSON for this request (at {e.Path ?? "$"}, line {e.LineNumber + 1}).");
        }
    }
}
