using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace LeagueApp.AppHost.Commands;

internal static class CommandStates
{
    // A command that talks to the resource can only work once the resource answers its health check.
    public static ResourceCommandState WhenHealthy(UpdateCommandStateContext context) =>
        context.ResourceSnapshot.HealthStatus is HealthStatus.Healthy ? ResourceCommandState.Enabled : ResourceCommandState.Disabled;
}
