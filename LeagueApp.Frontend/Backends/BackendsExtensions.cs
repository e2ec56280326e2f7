using LeagueApp.Contracts;
using LeagueApp.Data;
using LeagueApp.Data.Changes;
using LeagueApp.Timeouts;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;

namespace LeagueApp.Frontend.Backends;

public static class BackendsExtensions
{
    // Service discovery resolves these names: from the AppHost locally, from Kubernetes DNS in the cluster.
    public static IHostApplicationBuilder AddLeagueBackends(this IHostApplicationBuilder builder)
    {
        builder.AddTimeoutBudget();
        builder.Services.AddTransient<ApiKeyForwardingHandler>();

        // A client's Idempotency-Key travels on to the backends that do writes and remember it.
        // Their calls keep the standard handler of ServiceDefaults, with this app's timeouts for each.
        builder.Services.AddHeaderPropagation(options => options.Headers.Add(IdempotencyHeader.Name));
        AddWriter(builder, LeagueGateway.PlayerOps, budget => budget.PlayerOps);
        AddWriter(builder, LeagueGateway.Transfer, budget => budget.Transfer);

        // Reads from stats are quick (its answers are kept too) and safe to retry; a stats that does not
        // answer within a few seconds is reported at once, and its circuit opens after a few failures.
        // The window holds four 6 s attempts, so even one client reading alone opens it (after two reads).
        // RemoveAllResilienceHandlers is marked experimental; it is the way to replace the defaults of one client.
#pragma warning disable EXTEXP0001
        AddBackend(builder, LeagueGateway.Stats)
            .RemoveAllResilienceHandlers()
            .AddStandardResilienceHandler()
            .Configure((options, services) =>
            {
                // Stats gives up on Firestore (Timeouts:Stats:Operation) inside this attempt.
                var limits = services.GetRequiredService<IOptions<TimeoutBudget>>().Value.Stats;
                options.Retry.ShouldHandle = BackendRetryPredicate.ShouldRetry;
                options.AttemptTimeout.Timeout = limits.HopAttempt;
                options.TotalRequestTimeout.Timeout = limits.Hop;
                options.CircuitBreaker.SamplingDuration = TimeSpan.FromSeconds(30);
                options.CircuitBreaker.MinimumThroughput = 4;
                options.CircuitBreaker.BreakDuration = TimeSpan.FromSeconds(5);
                options.CircuitBreaker.ShouldHandle = BackendRetryPredicate.ShouldBreak;
            });
#pragma warning restore EXTEXP0001

        builder.AddLeagueChangeFeed();
        builder.Services.AddOptions<StatsCacheOptions>().BindConfiguration(StatsCacheOptions.SectionName);

        // Word to the other frontends is tried once, briefly: one that does not answer is waited for instead.
#pragma warning disable EXTEXP0001
        builder.Services.AddHttpClient(CachePeers.ClientName)
            .AddHttpMessageHandler<ApiKeyForwardingHandler>()
            .RemoveAllResilienceHandlers()
            .ConfigureHttpClient((services, client) =>
                client.Timeout = services.GetRequiredService<IOptions<CacheLeaseOptions>>().Value.PeerTimeout);
#pragma warning restore EXTEXP0001
        builder.Services.AddSingleton<CachePeers>();
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

    // The standard handler ServiceDefaults adds to every client keeps its options under "<client>-standard".
    private static void AddWriter(IHostApplicationBuilder builder, string backend, Func<TimeoutBudget, BackendTimeouts> limits)
    {
        AddBackend(builder, backend).AddHeaderPropagation();
        builder.Services.AddOptions<HttpStandardResilienceOptions>($"{backend}-standard").Configure<IOptions<TimeoutBudget>>((options, budget) =>
        {
            options.AttemptTimeout.Timeout = limits(budget.Value).HopAttempt;
            options.TotalRequestTimeout.Timeout = limits(budget.Value).Hop;
        });
    }

    private static IHttpClientBuilder AddBackend(IHostApplicationBuilder builder, string backend) =>
        builder.Services.AddHttpClient(backend, client => client.BaseAddress = new Uri($"http://{backend}"))
            .AddHttpMessageHandler<ApiKeyForwardingHandler>();
}
