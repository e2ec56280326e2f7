using System.Globalization;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace LeagueApp.TestSupport;

// LeagueApp.Tests and LeagueApp.Web.Tests start and stop the whole AppHost the same way.
public static class AppHostStartup
{
    /// <summary>Raises <see cref="StartLimit"/> on slow machines: a number of minutes.</summary>
    public const string StartLimitVariable = "LEAGUEAPP_TEST_START_MINUTES";

    private static readonly string[] StoppedStates = [KnownResourceStates.Exited, KnownResourceStates.FailedToStart, KnownResourceStates.Finished];

    /// <summary>
    /// How long a fixture's app may take to start. A quiet 2-core machine starts it in under a minute;
    /// one busy with another build took more than three, so the default leaves room for that.
    /// </summary>
    public static TimeSpan StartLimit { get; } = ReadStartLimit();

    /// <summary>
    /// Starts the app and waits until <paramref name="resourceName"/> is healthy. A resource that stops
    /// meanwhile ends the wait at once; either failure names each resource that is not healthy, its
    /// state, its failing health checks and its last log lines.
    /// </summary>
    public static async Task StartUntilHealthyAsync(this DistributedApplication app, string resourceName, CancellationToken ct)
    {
        using var logs = new ResourceLogTail(app);
        using var waiting = CancellationTokenSource.CreateLinkedTokenSource(ct);

        // Watched from before the start: starting waits for the resources it starts, so a service that
        // stops on its way up would otherwise hold it until the limit.
        var stopped = FirstStoppedAsync(app, logs, waiting.Token);
        var healthy = StartAndWaitAsync(app, resourceName, waiting.Token);
        try
        {
            var first = await Task.WhenAny(healthy, stopped);
            if (first == stopped && await stopped is { } name)
            {
                await logs.WaitForLinesAsync(name, ct);
                throw new AppHostStartException($"{name} stopped while the app was starting. {Describe(app, logs)}");
            }

            await healthy;
        }
        catch (Exception e) when ((e is OperationCanceledException && ct.IsCancellationRequested) || e is DistributedApplicationException)
        {
            throw new AppHostStartException($"The AppHost did not make {resourceName} healthy within {StartLimit.TotalMinutes:0.#} min ({StartLimitVariable} raises it). {Describe(app, logs)}", e);
        }
        finally
        {
            await waiting.CancelAsync();
        }
    }

    /// <summary>Stops every resource (services, emulator) before the app goes, so that no process outlives the fixture.</summary>
    public static async Task StopAndDisposeAsync(this DistributedApplication app)
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private static TimeSpan ReadStartLimit() =>
        double.TryParse(Environment.GetEnvironmentVariable(StartLimitVariable), NumberStyles.Float, CultureInfo.InvariantCulture, out var minutes) && minutes > 0
            ? TimeSpan.FromMinutes(minutes)
            : TimeSpan.FromMinutes(6);

    private static async Task StartAndWaitAsync(DistributedApplication app, string resourceName, CancellationToken ct)
    {
        await app.StartAsync(ct);
        await app.ResourceNotifications.WaitForResourceHealthyAsync(resourceName, ct);
    }

    // The name of the first resource that reaches a state it does not leave by itself (null when
    // canceled); meanwhile each instance's log is followed from the moment it exists.
    private static async Task<string?> FirstStoppedAsync(DistributedApplication app, ResourceLogTail logs, CancellationToken ct)
    {
        try
        {
            await foreach (var update in app.ResourceNotifications.WatchAsync(ct))
            {
                logs.Follow(update.Resource.Name, update.ResourceId);
                if (StoppedStates.Contains(update.Snapshot.State?.Text))
                {
                    return update.Resource.Name;
                }
            }
        }
        catch (OperationCanceledException)
        {
        }

        return null;
    }

    // Every resource the dashboard would show (not Aspire's hidden helpers), with its state and health.
    private static string Describe(DistributedApplication app, ResourceLogTail logs) => string.Join(" ", app.Services.GetRequiredService<DistributedApplicationModel>().Resources.Select(resource =>
    {
        if (!app.ResourceNotifications.TryGetCurrentState(resource.Name, out var resourceEvent))
        {
            return $"{resource.Name}: no state.";
        }

        var snapshot = resourceEvent.Snapshot;
        if (snapshot.IsHidden)
        {
            return "";
        }

        var failing = snapshot.HealthReports
            .Where(r => r.Status != HealthStatus.Healthy)
            .Select(r => $"{r.Name}: {r.Description ?? r.ExceptionText ?? r.Status?.ToString() ?? "no result yet"}")
            .ToList();
        var health = snapshot.HealthStatus?.ToString() ?? "unknown";
        var exit = snapshot.ExitCode is { } code ? $", exit code {code}" : "";
        var summary = $"{resource.Name}: {snapshot.State?.Text ?? "unknown"}{exit}, health {health}{(failing.Count > 0 ? $" ({string.Join("; ", failing)})" : "")}.";
        var tail = logs.Last(resource.Name);
        return snapshot.HealthStatus == HealthStatus.Healthy || tail.Count == 0
            ? summary
            : $"{summary}{Environment.NewLine}  Last log lines of {resource.Name}:{Environment.NewLine}    {string.Join($"{Environment.NewLine}    ", tail)}{Environment.NewLine}";
    }).Where(text => text.Length > 0));
}
