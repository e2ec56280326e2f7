using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace LeagueApp.Firestore;

internal sealed class FirestoreHealthCheck(IFirestoreClient client) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await client.IsReachableAsync(cancellationToken)
            ? HealthCheckResult.Healthy()
            : new HealthCheckResult(context.Registration.FailureStatus, "Firestore is not reachable.");
}
