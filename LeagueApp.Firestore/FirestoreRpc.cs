using Grpc.Core;
using Grpc.Net.Client;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using V1 = Google.Cloud.Firestore.V1;

namespace LeagueApp.Firestore;

/// <summary>
/// The gRPC channel to Firestore and the one way calls go out: each gets its credentials, the
/// routing header and a deadline, and each failure becomes a <see cref="FirestoreException"/>; only
/// the caller's own cancellation stays an <see cref="OperationCanceledException"/>.
/// </summary>
internal sealed class FirestoreRpc : IDisposable
{
    // The emulator grants this fixed token full access, bypassing security rules.
    private const string EmulatorToken = "owner";

    private readonly GrpcChannel _channel;
    private readonly V1.Firestore.FirestoreClient _client;
    private readonly FirestoreOptions _options;
    private readonly GoogleAccessTokenProvider _tokens;
    private readonly TimeProvider _timeProvider;
    private readonly string _routing;

    public FirestoreRpc(IOptions<FirestoreOptions> options, GoogleAccessTokenProvider tokens, TimeProvider timeProvider, ILoggerFactory loggerFactory)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _tokens = tokens;
        _timeProvider = timeProvider;
        Names = new ResourceNames(_options.ProjectId, _options.DatabaseId);

        // Firestore routes each call to its database by this header (the emulator's Listen fails without it).
        _routing = $"database={Uri.EscapeDataString(Names.Database)}";

        // An http:// endpoint (the emulator) is spoken to in plain HTTP/2, an https:// one over TLS.
        _channel = GrpcChannel.ForAddress(_options.EmulatorEndpoint ?? FirestoreOptions.ProductionEndpoint, new GrpcChannelOptions
        {
            HttpHandler = new SocketsHttpHandler
            {
                // One HTTP/2 connection carries at most 100 concurrent calls; listens hold theirs open.
                EnableMultipleHttp2Connections = true,

                // A connection that died without a word would otherwise hold a listen until its deadline.
                KeepAlivePingDelay = TimeSpan.FromMinutes(1),
                KeepAlivePingTimeout = TimeSpan.FromSeconds(30),
                KeepAlivePingPolicy = HttpKeepAlivePingPolicy.WithActiveRequests,
            },

            // A page of documents (up to 1 MiB each) may exceed the default limit of 4 MB.
            MaxReceiveMessageSize = null,
            LoggerFactory = loggerFactory,
        });
        _client = new V1.Firestore.FirestoreClient(_channel);
    }

    public ResourceNames Names { get; }

    /// <summary>
    /// Runs one attempt of a call, including reading its whole streamed answer, within
    /// <see cref="FirestoreOptions.RequestTimeout"/>. The access token is fetched first, under its own
    /// <see cref="FirestoreOptions.TokenTimeout"/>, so that a slow token refresh does not eat the
    /// attempt's time; <see cref="FirestoreRetrier"/> calls this once per attempt.
    /// </summary>
    public async Task<T> InvokeAsync<T>(string method, Func<V1.Firestore.FirestoreClient, CallOptions, Task<T>> call, CancellationToken ct)
    {
        var headers = await HeadersAsync(ct);
        var deadline = Deadline(_options.RequestTimeout);
        using var timeout = new CancellationTokenSource(_options.RequestTimeout, _timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct, timeout.Token);
        try
        {
            return await call(_client, new CallOptions(headers, deadline, linked.Token));
        }
        catch (RpcException ex)
        {
            throw Translate(method, ex, deadline, _options.RequestTimeout, ct, timedOut: timeout.IsCancellationRequested);
        }
        catch (OperationCanceledException ex) when (!ct.IsCancellationRequested)
        {
            throw TimedOut(method, _options.RequestTimeout, ex);
        }
    }

    /// <summary>
    /// Opens a listen stream that may stay open for <paramref name="lifetime"/>; getting its access
    /// token is bounded by <see cref="FirestoreOptions.TokenTimeout"/>. Failures while it is read
    /// go through <see cref="Translate"/>.
    /// </summary>
    public async Task<(AsyncDuplexStreamingCall<V1.ListenRequest, V1.ListenResponse> Call, DateTime Deadline)> OpenListenAsync(
        TimeSpan lifetime,
        CancellationToken ct)
    {
        var headers = await HeadersAsync(ct);
        var deadline = Deadline(lifetime);
        return (_client.Listen(new CallOptions(headers, deadline, ct)), deadline);
    }

    /// <summary>
    /// The exception a failed call stands for. A deadline that passed on this side, or the local
    /// <paramref name="timedOut"/>, is not Firestore's answer: no HTTP code then.
    /// </summary>
    public Exception Translate(string method, RpcException error, DateTime deadline, TimeSpan budget, CancellationToken ct, bool timedOut = false)
    {
        if (ct.IsCancellationRequested)
        {
            return new OperationCanceledException($"Firestore {method} was canceled.", error, ct);
        }

        var deadlinePassed = error.StatusCode is StatusCode.Cancelled or StatusCode.DeadlineExceeded
            && TimeProvider.System.GetUtcNow().UtcDateTime >= deadline;
        return timedOut || deadlinePassed
            ? TimedOut(method, budget, error)
            : FirestoreErrors.FromStatus(method, error.Status, error);
    }

    public void Dispose() => _channel.Dispose();

    // gRPC measures a deadline on the system clock and sends the time left to the server, so the
    // deadline is taken from that clock; the TimeProvider's timeout bounds the call on this side.
    private static DateTime Deadline(TimeSpan budget) => TimeProvider.System.GetUtcNow().UtcDateTime + budget;

    private async Task<Metadata> HeadersAsync(CancellationToken ct)
    {
        var token = _options.EmulatorEndpoint is null ? await _tokens.GetAccessTokenAsync(ct) : EmulatorToken;
        return new Metadata
        {
            { "authorization", $"Bearer {token}" },
            { "x-goog-request-params", _routing },
        };
    }

    private static FirestoreUnavailableException TimedOut(string method, TimeSpan timeout, Exception innerException) =>
        new($"Firestore did not answer {method} within {timeout.TotalSeconds:0.###} s.", statusCode: null, FirestoreStatus.DeadlineExceeded, innerException);
}
