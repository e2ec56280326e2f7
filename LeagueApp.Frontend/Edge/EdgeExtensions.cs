using System.Threading.RateLimiting;
using LeagueApp.Frontend.Backends;
using LeagueApp.Timeouts;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Timeouts;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace LeagueApp.Frontend.Edge;

// Rate limits per client (requests, and live event streams open at once), body size limits and the
// request timeout (Timeouts:Edge): what a public edge needs.
public static class EdgeExtensions
{
    private const string ImportPath = "/api/import";

    public static IHostApplicationBuilder AddEdgeLimits(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<EdgeOptions>().BindConfiguration(EdgeOptions.SectionName);

        builder.Services.AddRateLimiter(limiter => limiter.AddPolicy<string, EventStreamLimitPolicy>(EventStreamLimitPolicy.Name));
        builder.Services.AddOptions<RateLimiterOptions>().Configure<IOptions<EdgeOptions>>((limiter, edge) =>
        {
            var limits = edge.Value;
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                IsProbe(context) || context.Request.Path.StartsWithSegments(CachePeers.Path)
                    ? RateLimitPartition.GetNoLimiter("probes and peers")
                    : RateLimitPartition.GetTokenBucketLimiter(ClientOf(context), _ => new TokenBucketRateLimiterOptions
                    {
                        TokenLimit = limits.BurstLimit,
                        TokensPerPeriod = limits.RequestsPerSecond,
                        ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                        QueueLimit = 0,
                        AutoReplenishment = true,
                    }));
            limiter.OnRejected = RejectAsync;
        });

        builder.Services.AddRequestTimeouts();
        builder.Services.AddOptions<RequestTimeoutOptions>().Configure<IOptions<TimeoutBudget>>((timeouts, budget) =>
            timeouts.DefaultPolicy = new RequestTimeoutPolicy
            {
                Timeout = budget.Value.Edge,
                TimeoutStatusCode = StatusCodes.Status504GatewayTimeout,
            });

        // Bounds what Kestrel reads (and drains after an early 413) on any route.
        builder.Services.AddOptions<KestrelServerOptions>().Configure<IOptions<EdgeOptions>>((kestrel, edge) =>
            kestrel.Limits.MaxRequestBodySize = edge.Value.MaxImportBodyBytes);
        return builder;
    }

    public static WebApplication UseEdgeLimits(this WebApplication app)
    {
        app.Use(SayWhenToComeBackAsync);
        app.UseRateLimiter();
        app.Use(LimitBodySizeAsync);
        app.UseRequestTimeouts();
        return app;
    }

    // Every "busy" or "unavailable" answer says when to try again, also those relayed from a backend
    // (the frontend relays their problem details, not their headers).
    private static Task SayWhenToComeBackAsync(HttpContext context, RequestDelegate next)
    {
        context.Response.OnStarting(() =>
        {
            if (context.Response.StatusCode is StatusCodes.Status429TooManyRequests or StatusCodes.Status503ServiceUnavailable
                && context.Response.Headers.RetryAfter.Count == 0)
            {
                context.Response.Headers.RetryAfter = "1";
            }

            return Task.CompletedTask;
        });
        return next(context);
    }

    // Refuses a declared oversized body at once; Kestrel stops an undeclared (chunked) one at the limit.
    private static async Task LimitBodySizeAsync(HttpContext context, RequestDelegate next)
    {
        var edge = context.RequestServices.GetRequiredService<IOptions<EdgeOptions>>().Value;
        var limit = context.Request.Path.StartsWithSegments(ImportPath) ? edge.MaxImportBodyBytes : edge.MaxJsonBodyBytes;
        if (context.Request.ContentLength > limit)
        {
            // Kestrel's own limit stays in place here, so it can drain the declared body and the
            // client reads this answer instead of a reset connection.
            await Results.Problem(
                $"The request body is {context.Request.ContentLength} bytes; this route takes at most {limit}.",
                statusCode: StatusCodes.Status413PayloadTooLarge,
                title: "Request body too large").ExecuteAsync(context);
            return;
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
        {
            bodySize.MaxRequestBodySize = limit;
        }

        await next(context);
    }

    private static ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken ct) =>
        TooManyAsync(
            rejected.HttpContext,
            rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(1),
            "Too many requests from this client. Wait for the time in Retry-After and try again.");

    /// <summary>A 429 problem that says when to come back.</summary>
    internal static async ValueTask TooManyAsync(HttpContext context, TimeSpan retryAfter, string detail)
    {
        context.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        await Results.Problem(detail, statusCode: StatusCodes.Status429TooManyRequests, title: "Rate limit exceeded").ExecuteAsync(context);
    }

    private static bool IsProbe(HttpContext context) =>
        context.Request.Path.StartsWithSegments(ServiceDefaultsExtensions.HealthEndpointPath)
        || context.Request.Path.StartsWithSegments(ServiceDefaultsExtensions.AlivenessEndpointPath);

    // The connection's address; in the cluster the mesh's ingress forwards it (see docs/deployment.md).
    internal static string ClientOf(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}
