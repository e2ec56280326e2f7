namespace LeagueApp.Hosting.Kubernetes;

/// <summary>
/// How a pod starts and stops without dropping requests. A stopping pod first keeps serving for the
/// drain delay (callers' proxies learn it is gone), then the host lets in-flight requests finish
/// within the request timeout; the grace period outlasts both, and the sidecar drains as long.
/// </summary>
internal static class Rollout
{
    public const int StartupProbePeriodSeconds = 2;

    // Room for the runtime and the sidecar to exit once the last request has ended.
    private static readonly TimeSpan ExitMargin = TimeSpan.FromSeconds(5);

    /// <summary>How long the .NET host waits for in-flight requests after SIGTERM.</summary>
    public static TimeSpan ShutdownTimeout(GkeWorkloadOptions options) => options.RequestTimeout;

    /// <summary>How long the mesh's proxy keeps carrying the app's calls after SIGTERM.</summary>
    public static TimeSpan ProxyDrain(GkeWorkloadOptions options) => options.DrainDelay + ShutdownTimeout(options);

    public static TimeSpan GracePeriod(GkeWorkloadOptions options) => ProxyDrain(options) + ExitMargin;

    public static int StartupProbeFailures(GkeWorkloadOptions options) =>
        Math.Max(1, (int)Math.Ceiling(options.StartupTimeout.TotalSeconds / StartupProbePeriodSeconds));
}
