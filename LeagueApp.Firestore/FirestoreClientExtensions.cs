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
    /// they are validated when the host starts. An application has one client: once it is registered,
    /// further calls (from the several parts of a service that need it) change nothing.
    /// </summary>
    public static IHostApplicationBuilder AddFirestoreClient(
        this IHostApplicationBuilder builder,
        string connectionName,
        Action<FirestoreOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrEmpty(connectionName);
        if (builder.Services.Any(service => service.ServiceType == typeof(IFirestoreClient)))
        {
            return builder;
        }

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

        // One gRPC channel for the application, as gRPC intends: its HTTP/2 connections multiplex
        // every call. It is not an HttpClient of the factory, so the service defaults' resilience
        // handler does not apply: FirestoreRetrier alone retries, by Firestore's status codes and the
        // write's safety, where a blind retry would repeat commits and multiply attempts.
        builder.Services.TryAddSingleton<FirestoreRpc>();
        builder.Services.TryAddSingleton<IFirestoreClient>(services => new FirestoreClient(
            services.GetRequiredService<FirestoreRpc>(),
            services.GetRequiredService<IOptions<FirestoreOptions>>(),
            services.GetRequiredService<TimeProvider>(),
            services.GetRequiredService<ILogger<FirestoreClient>>(),
            services.GetRequiredService<TransactionRetryGate>()));

        builder.Services.AddHealthChecks().AddCheck<FirestoreHealthCheck>(HealthCheckName, tags: ["ready"]);
        builder.Services.AddOpenTelemetry().WithTracing(tracing => tracing.AddSource(FirestoreTelemetry.ActivitySourceName));

        return builder;
    }
}
