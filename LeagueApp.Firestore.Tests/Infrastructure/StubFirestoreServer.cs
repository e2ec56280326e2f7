using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace LeagueApp.Firestore.Tests.Infrastructure;

/// <summary>A loopback HTTP server that answers every request with one fixed response, and counts them.</summary>
internal sealed class StubFirestoreServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _requests;

    private StubFirestoreServer(WebApplication app)
    {
        _app = app;
    }

    public Uri Endpoint => new(_app.Urls.Single());

    public int Requests => Volatile.Read(ref _requests);

    public string? LastAuthorization { get; private set; }

    public static async Task<StubFirestoreServer> StartAsync(int statusCode, string body, string contentType = "application/json")
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new StubFirestoreServer(app);
        app.Run(async context =>
        {
            Interlocked.Increment(ref server._requests);
            server.LastAuthorization = context.Request.Headers.Authorization;
            context.Response.StatusCode = statusCode;
            context.Response.ContentType = contentType;
            await context.Response.WriteAsync(body);
        });
        await app.StartAsync();
        return server;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
