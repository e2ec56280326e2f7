using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Microsoft.Extensions.Hosting;

// The conventions every League App service shares: telemetry, health, discovery, resilience.
public static class ServiceDefaultsExtensions
{
    public const string HealthEndpointPath = "/health";
    public const string AlivenessEndpointPath = "/alive";

    // Checks tagged "live" only prove the process works; everything else (Firestore) gates readiness.
    private const string LiveTag = "live";

    public static TBuilder AddServiceDefaults<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.ConfigureOpenTelemetry();
        builder.AddDefaultHealthChecks();

        // How long a stopping service lets in-flight requests finish; the cluster's manifests set it to
        // outlast the longest request (the default, 30 s, would cut the edge's own 30 s limit short).
        builder.Services.Configure<HostOptions>(builder.Configuration.GetSection(nameof(HostOptions)));

        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddHostedService<IdleMemoryRelease>();

        builder.Services.AddServiceDiscovery();
        builder.Services.ConfigureHttpClientDefaults(http =>
        {
            // Timeouts, a circuit breaker and retries on every service-to-service call, but retries of
            // reads only: a retried POST whose first attempt did land would create or transfer twice.
            // A backend's own answer is not retried: it has retried the database already.
            http.AddStandardResilienceHandler(options =>
            {
                options.Retry.ShouldHandle = BackendRetryPredicate.ShouldRetry;
                options.Retry.DisableForUnsafeHttpMethods();

                // A backend's own budget (Firestore: at most 15 s an operation; a transfer at most 8 s in
                // its queue, then 10 s of transaction) ends before its caller gives up, so the caller
                // hears the backend's clear answer rather than guessing.
                options.AttemptTimeout.Timeout = TimeSpan.FromSeconds(20);
                options.TotalRequestTimeout.Timeout = TimeSpan.FromSeconds(25);
                options.CircuitBreaker.SamplingDuration = TimeSpan.FromSeconds(40);
                options.CircuitBreaker.ShouldHandle = BackendRetryPredicate.ShouldBreak;
            });
            http.AddServiceDiscovery();

            // The factory's logging handlers open a log scope and write two records per call; the
            // callers log the failures that matter, and on a hot read path the scopes cost more than the call.
            http.RemoveAllLoggers();
        });

        return builder;
    }

    public static TBuilder ConfigureOpenTelemetry<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.Logging.AddOpenTelemetry(logging =>
        {
            logging.IncludeFormattedMessage = true;
            logging.IncludeScopes = true;
        });

        // Polly logs every attempt of every service call at Information: a record per request that
        // costs more than the call (docs/performance.md). Retries and open circuits still log as warnings.
        builder.Logging.AddFilter("Polly", LogLevel.Warning);

        builder.Services.AddOpenTelemetry()
            .WithMetrics(metrics => metrics
                // The services' own meters: LeagueApp.Frontend, LeagueApp.Transfer, ...
                .AddMeter("LeagueApp.*")
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation())
            .WithTracing(tracing => tracing
                .AddSource(builder.Environment.ApplicationName)
                .AddAspNetCoreInstrumentation(options =>
                    // Probes every few seconds would drown the real traces.
                    options.Filter = context =>
                        !context.Request.Path.StartsWithSegments(HealthEndpointPath)
                        && !context.Request.Path.StartsWithSegments(AlivenessEndpointPath))
                .AddHttpClientInstrumentation());

        if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            builder.Services.AddOpenTelemetry().UseOtlpExporter();
        }

        return builder;
    }

    public static TBuilder AddDefaultHealthChecks<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.Services.AddHealthChecks()
            .AddCheck("self", () => HealthCheckResult.Healthy(), [LiveTag]);

        return builder;
    }

    // Mapped in every environment: the cluster's probes need them as much as the dashboard does.
    public static WebApplication MapDefaultEndpoints(this WebApplication app)
    {
        app.MapHealthChecks(HealthEndpointPath);
        app.MapHealthChecks(AlivenessEndpointPath, new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(LiveTag),
        });

        return app;
    }
}
