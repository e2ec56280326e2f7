using LeagueApp.Data.Changes;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;

namespace LeagueApp.Frontend.Backends;

public static class BackendsExtensions
{
    public const string IdempotencyHeader = "Idempotency-Key";

    // Service discovery resolves these names: from the AppHost locally, from Kubernetes DNS in the cluster.
    public static IHostApplicationBuilder AddLeagueBackends(this IHostApplicationBuilder builder)
    {
        builder.Services.AddTransient<ApiKeyForwardingHandler>();

        // A client's Idempotency-Key travels on to the backends that do writes and remember it.
        builder.Services.AddHeaderPropagation(options => options.Headers.Add(IdempotencyHeader));
        foreach (var backend in new[] { LeagueGateway.PlayerOps, LeagueGateway.Transfer })
        {
            AddBackend(builder, backend).AddHeaderPropagation();
        }

        // Reads from stats are quick (its answers are cached) and safe to retry; a stats that does not
        // answer within a few seconds is reported at once, and its circuit opens after a few failures.
        // The window holds four 6 s attempts, so even one client reading alone opens it (after two reads).
        // RemoveAllResilienceHandlers is marked experimental; it is the way to replace the defaults of one client.
#pragma warning disable EXTEXP0001
        AddBackend(builder, LeagueGateway.Stats)
            .RemoveAllResilienceHandlers()
            .AddStandardResilienceHandler(options =>
            {
                // Stats gives up on Firestore within 5 s (Firestore:OperationTimeout), inside this attempt.
                options.Retry.ShouldHandle = BackendRetryPredicate.ShouldRetry;
                options.AttemptTimeout.Timeout = TimeSpan.FromSeconds(6);
                options.TotalRequestTimeout.Timeout = TimeSpan.FromSeconds(13);
                options.CircuitBreaker.SamplingDuration = TimeSpan.FromSeconds(30);
                options.CircuitBreaker.MinimumThroughput = 4;
                options.CircuitBreaker.BreakDuration = TimeSpan.FromSeconds(5);
                options.CircuitBreaker.ShouldHandle = BackendRetryPredicate.ShouldBreak;
            });
#pragma warning restore EXTEXP0001

        builder.AddLeagueChangeFeed();
        builder.Services.AddOptions<StatsCacheOptions>().BindConfiguration(StatsCacheOptions.SectionName);
        // Large squads (thousands of imported players) exceed HybridCache's default 1 MiB per entry.
        builder.Services.AddHybridCache(options => options.MaximumPayloadBytes = 16 * 1024 * 1024);

        // Entries of an old write generation are never read again; expired ones are removed when the
        // memory cache scans, by default once a minute, which under many writes is too long to hold them.
        builder.Services.AddOptions<MemoryCacheOptions>().Configure<IOptions<StatsCacheOptions>>((memory, stats) =>
            memory.ExpirationScanFrequency = stats.Value.Lifetime > TimeSpan.FromSeconds(1) ? stats.Value.Lifetime : TimeSpan.FromSeconds(1));
        builder.Services.AddSingleton<BackendCaller>();
        builder.Services.AddSingleton<ReadCacheMetrics>();
        builder.Services.AddSingleton<FreshReadCache>();
        builder.Services.AddSingleton<LeagueGateway>();
        return builder;
    }

    private static IHttpClientBuilder AddBackend(IHostApplicationBuilder builder, string backend) =>
        builder.Services.AddHttpClient(backend, client => client.BaseAddress = new Uri($"http://{backend}"))
            .AddHttpMessageHandler<ApiKeyForwardingHandler>();
}
