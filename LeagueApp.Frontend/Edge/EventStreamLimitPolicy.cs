using System.Threading.RateLimiting;
using LeagueApp.Timeouts;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace LeagueApp.Frontend.Edge;

// How many live event streams (GET /api/events) one client may hold open at once. Each holds a
// connection and a watcher until Timeouts:EventStream ends it; the token bucket alone would let one
// client keep RequestsPerSecond times that lifetime of them open.
internal sealed class EventStreamLimitPolicy(IOptions<EdgeOptions> edge, IOptions<TimeoutBudget> budget) : IRateLimiterPolicy<string>
{
    public const string Name = "event-streams";

    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected => RejectAsync;

    public RateLimitPartition<string> GetPartition(HttpContext httpContext) =>
        RateLimitPartition.GetConcurrencyLimiter(EdgeExtensions.ClientOf(httpContext), _ => new ConcurrencyLimiterOptions
        {
            PermitLimit = edge.Value.MaxEventStreamsPerClient,
            QueueLimit = 0,
        });

    // One of the client's open streams has ended by then at the latest.
    private ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken ct) =>
        EdgeExtensions.TooManyAsync(
            rejected.HttpContext,
            budget.Value.EventStream,
            $"This client already has {edge.Value.MaxEventStreamsPerClient} live event streams open, the most it may hold at once. Close one, or wait for the time in Retry-After.");
}
