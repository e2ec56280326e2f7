using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace LeagueApp.PlayerOps;

// Readiness waits for the seed, so that nothing is served from a half-filled database.
public sealed class SeedState : IHealthCheck
{
    private volatile Task<HealthCheckResult> _result = Task.FromResult(HealthCheckResult.Unhealthy("The seed is still loading."));

    public void MarkDone(string outcome) => _result = Task.FromResult(HealthCheckResult.Healthy(outcome));

    public void MarkFailed(string reason) => _result = Task.FromResult(HealthCheckResult.Unhealthy($"Seeding failed: {reason}"));

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        _result;
}
