using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace LeagueApp.TestSupport;

// LeagueApp.Tests and LeagueApp.Web.Tests start and stop the whole AppHost the same way.
public static class AppHostStartup
{
    /// <summary>
    /// Starts the app and waits until <paramref name="resourceName"/> is healthy. When the start limit
    /// ends first, the failure names each resource's state and failing health checks, not just "canceled".
    /// </summary>
    public static async Task StartUntilHealthyAsync(this DistributedApplication app, string resourceName, TimeSpan limit, CancellationToken ct)
    {
        try
        {
            await app.StartAsync(ct);
            await app.ResourceNotifications.WaitForResourceHealthyAsync(resourceName, ct);
        }
        catch (OperationCanceledException e) when (ct.IsCancellationRequested)
        {
            throw new TimeoutException($"The AppHost did not make {resourceName} healthy within {limit.TotalMinutes:0.#} min. {Describe(app)}", e);
        }
    }

    /// <summary>Stops every resource (services, emulator) before the app goes, so that no process outlives the fixture.</summary>
    public static async Task StopAndDisposeAsync(this DistributedApplication app)
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private static string Describe(DistributedApplication app) => string.Join(" ", app.Services.GetRequiredService<DistributedApplicationModel>().Resources.Select(resource =>
    {
        if (!app.ResourceNotifications.TryGetCurrentState(resource.Name, out var resourceEvent))
        {
            return $"{resource.Name}: no state.";
        }

        var snapshot = resourceEvent.Snapshot;
        var failing = snapshot.HealthReports
            .Where(r => r.Status != HealthStatus.Healthy)
            .Select(r => $"{r.Name}: {r.Description ?? r.ExceptionText ?? r.Status?.ToString() ?? "no result yet"}")
            .ToList();
        var health = snapshot.HealthStatus?.ToString() ?? "unknown";
        return $"{resource.Name}: {snapshot.State?.Text ?? "unknown"}, health {health}{(failing.Count > 0 ? $" ({string.Join("; ", failing)})" : "")}.";
    }));
}
