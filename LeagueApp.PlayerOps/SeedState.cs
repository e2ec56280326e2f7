using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace LeagueApp.PlayerOps;

// Readiness waits for the seed, so that nothing is served from a half-filled database.
public sealed class SeedState : IHealthCheck
{
    private volatile Task<HealthCheckResult> _result = Task.FromResult(HealthCheckResult.Unhealthy("The seed is still loading."));

    // Why the last attempt failed, while the seeder tries again; null before any failure.
    private volatile string? _lastError;

    public void MarkRetrying(int attempt, string reason)
    {
        _lastError = reason;
        _result = Task.FromResult(HealthCheckResult.Unhealthy($"The seed is still loading: attempt {attempt} failed ({reason}); trying again."));
    }

    public void MarkDone(string outcome) => _result = Task.FromResult(HealthCheckResult.Healthy(outcome));

    public void MarkFailed(string reason) => _result = Task.FromResult(HealthCheckResult.Unhealthy($"Seeding failed: {reason}"));

    public void MarkTimedOut(TimeSpan limit) =>
        MarkFailed(_lastError is { } last ? $"not done within {limit.TotalSeconds:0} s; the last attempt failed: {last}" : $"not done within {limit.TotalSeconds:0} s");

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        _result;
}
