using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace LeagueApp.PlayerOps;

// Readiness waits for the seed, so that nothing is served from a half-filled database.
public sealed class SeedState : IHealthCheck
{
    private volatile Task<HealthCheckResult> _result = Task.FromResult(HealthCheckResult.Unhealthy("The seed is still loading."));

    /// <summary>Why the last attempt failed, while the seeder tries again; null before any failure.</summary>
    public string? LastError { get; private set; }

    public void MarkRetrying(int attempt, string reason)
    {
        LastError = reason;
        _result = Task.FromResult(HealthCheckResult.Unhealthy($"The seed is still loading: attempt {attempt} failed ({reason}); trying again."));
    }

    public void MarkDone(string outcome) => _result = Task.FromResult(HealthCheckResult.Healthy(outcome));

    public void MarkFailed(string reason) => _result = Task.FromResult(HealthCheckResult.Unhealthy($"Seeding failed: {reason}"));

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        _result;
}
