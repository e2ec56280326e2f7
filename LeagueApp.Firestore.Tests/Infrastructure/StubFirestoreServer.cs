using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace LeagueApp.Firestore.Tests.Infrastructure;

/// <summary>
/// A loopback HTTP server that answers requests with a script of responses, one per request in
/// order, the last one repeated; it records each request.
/// </summary>
internal sealed class StubFirestoreServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly IReadOnlyList<StubResponse> _script;
    private readonly ConcurrentQueue<StubRequest> _requests = new();
    private int _answered;

    private StubFirestoreServer(WebApplication app, IReadOnlyList<StubResponse> script)
    {
        _app = app;
        _script = script;
    }

    public Uri Endpoint => new(_app.Urls.Single());

    public int Requests => _requests.Count;

    public IReadOnlyList<StubRequest> Received => [.. _requests];

    public string? LastAuthorization { get; private set; }

    public static Task<StubFirestoreServer> StartAsync(int statusCode, string body, string contentType = "application/json") =>
        StartScriptedAsync(new StubResponse(statusCode, body, contentType));

    public static async Task<StubFirestoreServer> StartScriptedAsync(params StubResponse[] script)
    {
        ArgumentOutOfRangeException.ThrowIfZero(script.Length);
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new StubFirestoreServer(app, script);
        app.Run(server.AnswerAsync);
        await app.StartAsync();
        return server;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private async Task AnswerAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        var index = Interlocked.Increment(ref _answered) - 1;
        _requests.Enqueue(new StubRequest(context.Request.Method, context.Request.Path + context.Request.QueryString, body));
        LastAuthorization = context.Request.Headers.Authorization;
        var response = _script[Math.Min(index, _script.Count - 1)];
        context.Response.StatusCode = response.StatusCode;
        context.Response.ContentType = response.ContentType;
        await context.Response.WriteAsync(response.Body, context.RequestAborted);
    }
}
