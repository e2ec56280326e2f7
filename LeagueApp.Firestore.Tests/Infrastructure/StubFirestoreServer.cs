using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Globalization;
using Google.Protobuf;
using Grpc.Core;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Logging;

namespace LeagueApp.Firestore.Tests.Infrastructure;

/// <summary>
/// A loopback HTTP/2 server (plain, like the emulator) that answers calls with a script of gRPC
/// answers (some messages, then a status), one per call in order, the last one repeated; or every
/// call with a bare HTTP answer. It records each call.
/// </summary>
internal sealed class StubFirestoreServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<StubRequest> _requests = new();

    private StubFirestoreServer(WebApplication app)
    {
        _app = app;
    }

    public Uri Endpoint => new(_app.Urls.Single());

    public int Requests => _requests.Count;

    public IReadOnlyList<StubRequest> Received => [.. _requests];

    public string? LastAuthorization { get; private set; }

    public string? LastRequestParams { get; private set; }

    /// <summary>Answers each call with <paramref name="messages"/>, then <paramref name="status"/>.</summary>
    public static Task<StubFirestoreServer> AnsweringAsync(StatusCode status, string detail = "", params IMessage[] messages) =>
        StartScriptedAsync(new StubResponse(status, detail, messages));

    /// <summary>Answers the calls in order with <paramref name="script"/>, repeating its last answer.</summary>
    public static Task<StubFirestoreServer> StartScriptedAsync(params StubResponse[] script)
    {
        ArgumentOutOfRangeException.ThrowIfZero(script.Length);
        var answered = 0;
        return StartAsync(async context =>
        {
            var response = script[Math.Min(Interlocked.Increment(ref answered) - 1, script.Length - 1)];
            await Task.Delay(response.Delay, context.RequestAborted).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            context.Response.ContentType = "application/grpc";
            foreach (var message in response.Messages)
            {
                await WriteMessageAsync(context.Response, message);
            }

            context.Response.AppendTrailer("grpc-status", ((int)response.Status).ToString(CultureInfo.InvariantCulture));
            context.Response.AppendTrailer("grpc-message", Uri.EscapeDataString(response.Detail));
        });
    }

    /// <summary>Answers each call with a plain HTTP response, as a proxy or a wrong address would.</summary>
    public static Task<StubFirestoreServer> AnsweringHttpAsync(int statusCode, string body, string contentType) =>
        StartAsync(async context =>
        {
            context.Response.StatusCode = statusCode;
            context.Response.ContentType = contentType;
            await context.Response.WriteAsync(body);
        });

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private static async Task<StubFirestoreServer> StartAsync(RequestDelegate answer)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.ConfigureEndpointDefaults(endpoint => endpoint.Protocols = HttpProtocols.Http2));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new StubFirestoreServer(app);
        app.Run(async context =>
        {
            server.LastAuthorization = context.Request.Headers.Authorization;
            server.LastRequestParams = context.Request.Headers["x-goog-request-params"];

            // The request is read to its end first, as a real server would before answering a unary call.
            using var body = new MemoryStream();
            await context.Request.Body.CopyToAsync(body);
            server._requests.Enqueue(new StubRequest(context.Request.Path.Value ?? "", body.ToArray()));
            await answer(context);
        });
        await app.StartAsync();
        return server;
    }

    // The gRPC framing of one message: not compressed, its length, its bytes.
    private static async Task WriteMessageAsync(HttpResponse response, IMessage message)
    {
        var frame = new byte[5 + message.CalculateSize()];
        BinaryPrimitives.WriteUInt32BigEndian(frame.AsSpan(1), (uint)(frame.Length - 5));
        message.WriteTo(frame.AsSpan(5));
        await response.Body.WriteAsync(frame);
        await response.Body.FlushAsync();
    }
}
