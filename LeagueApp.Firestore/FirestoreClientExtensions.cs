using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpenTelemetry.Trace;

namespace LeagueApp.Firestore;

public static class FirestoreClientExtensions
{
    public const string HealthCheckName = "firestore";

    /// <summary>
    /// Registers <see cref="IFirestoreClient"/>. Options come from the section <c>Firestore</c>, then the
    /// connection string <c>ConnectionStrings:{connectionName}</c>, then <paramref name="configure"/>;
    /// they are validated when the host starts.
    /// </summary>
    public static IHostApplicationBuilder AddFirestoreClient(
        this IHostApplicationBuilder builder,
        string connectionName,
        Action<FirestoreOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrEmpty(connectionName);

        // Parsed here so that a malformed connection string fails at startup, naming itself.
        var connectionString = builder.Configuration.GetConnectionString(connectionName) is { Length: > 0 } text
            ? FirestoreConnectionString.Parse(text)
            : null;

        builder.Services.AddOptions<FirestoreOptions>()
            .BindConfiguration(FirestoreOptions.SectionName)
            .Configure(options =>
            {
                connectionString?.ApplyTo(options);
                configure?.Invoke(options);
            })
            .ValidateOnStart();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<FirestoreOptions>>(new FirestoreOptionsValidator(connectionName)));

        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.TryAddSingleton<GoogleAccessTokenProvider>();
        builder.Services.TryAddSingleton(services => new TransactionRetryGate(services.GetRequiredService<IOptions<FirestoreOptions>>().Value));
        builder.Services.TryAddTransient<FirestoreAuthenticationHandler>();

        // FirestoreHttp bounds each attempt with RequestTimeout; FirestoreRetrier owns the retries, by
        // Firestore's status codes and the write's safety. The service defaults' resilience handler
        // would retry commits blindly and multiply attempts, so it is removed from this client.
        // RemoveAllResilienceHandlers is marked experimental; it is the only way to opt one client out.
#pragma warning disable EXTEXP0001
        builder.Services.AddHttpClient<IFirestoreClient, FirestoreClient>(CreateClient)
            .ConfigureHttpClient(http => http.Timeout = Timeout.InfiniteTimeSpan)
            .AddHttpMessageHandler<FirestoreAuthenticationHandler>()
            .RemoveAllResilienceHandlers();
#pragma warning restore EXTEXP0001

        builder.Services.AddHealthChecks().AddCheck<FirestoreHealthCheck>(HealthCheckName, tags: ["ready"]);
        builder.Services.AddOpenTelemetry().WithTracing(tracing => tracing.AddSource(FirestoreTelemetry.ActivitySourceName));

        return builder;
    }

    // The token is fetched before each attempt, under its own TokenTimeout, so that a slow token
    // refresh does not eat the attempt's RequestTimeout. The emulator needs no token.
    private static FirestoreClient CreateClient(HttpClient http, IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<FirestoreOptions>>();
        var tokens = services.GetRequiredService<GoogleAccessTokenProvider>();
        return new FirestoreClient(
            http,
            options,
            services.GetRequiredService<TimeProvider>(),
            services.GetRequiredService<ILogger<FirestoreClient>>(),
            beforeAttempt: options.Value.EmulatorEndpoint is null ? tokens.GetAccessTokenAsync : _ => Task.CompletedTask,
            services.GetRequiredService<TransactionRetryGate>());
    }
}
