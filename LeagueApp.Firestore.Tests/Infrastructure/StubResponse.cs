namespace LeagueApp.Firestore.Tests.Infrastructure;

internal sealed record StubResponse(int StatusCode, string Body, string ContentType = "application/json")
{
    /// <summary>Firestore's REST error body for a gRPC status.</summary>
    public static StubResponse Error(int statusCode, string status) =>
        new(statusCode, $$$"""{"error":{"code":{{{statusCode}}},"message":"scripted {{{status}}}","status":"{{{status}}}"}}""");

    public static StubResponse Ok(string body) => new(200, body);
}
