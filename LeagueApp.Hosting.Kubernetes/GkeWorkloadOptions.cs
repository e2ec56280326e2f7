namespace LeagueApp.Hosting.Kubernetes;

/// <summary>Settings of one project's workload that only the cluster needs, with defaults for a small service.</summary>
public sealed class GkeWorkloadOptions
{
    /// <summary>A fixed count or an autoscaled range; at least two at rest, so that one serves while another goes.</summary>
    public WorkloadReplicas Replicas { get; set; } = WorkloadReplicas.Autoscaled(min: 2, max: 4);

    public string CpuRequest { get; set; } = "100m";

    public string CpuLimit { get; set; } = "500m";

    public string MemoryRequest { get; set; } = "128Mi";

    public string MemoryLimit { get; set; } = "256Mi";

    /// <summary>The Istio sidecar's share of the pod (the mesh's defaults are cluster-wide).</summary>
    public string SidecarCpuRequest { get; set; } = "50m";

    public string SidecarCpuLimit { get; set; } = "500m";

    public string SidecarMemoryRequest { get; set; } = "64Mi";

    public string SidecarMemoryLimit { get; set; } = "256Mi";

    /// <summary>The Service's port; the container's port when not set.</summary>
    public int? ServicePort { get; set; }

    /// <summary>
    /// How long the mesh waits for an answer. It should outlast the services' own limits, so that a slow
    /// request ends with the service's clear answer rather than the mesh's (League App's AppHost sets it
    /// from its time budget).
    /// </summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(35);

    /// <summary>
    /// How long one attempt of a retried read may take before the mesh tries another pod; it should
    /// outlast the service's own longest read (League App's AppHost sets it from its time budget).
    /// </summary>
    public TimeSpan RetryAttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// How long a new pod may take to start before Kubernetes restarts it; the liveness probe only
    /// counts once the startup probe has passed, so a slow start (a cold node) is not a failure.
    /// </summary>
    public TimeSpan StartupTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// How long a stopping pod keeps serving before it begins to shut down: the time the endpoint's
    /// removal takes to reach every caller's proxy and the gateway, so that none sends it new requests.
    /// </summary>
    public TimeSpan DrainDelay { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Connections (and pending requests) the mesh allows to this service before it sheds load.</summary>
    public int MaxConnections { get; set; } = 100;

    /// <summary>The paths the ingress gateway routes to this service; only for a resource with an external endpoint.</summary>
    public IReadOnlyList<IngressRoute> IngressRoutes { get; set; } = [];

    /// <summary>
    /// The paths (exact) that the workload's pods POST to each other directly, pod to pod, at the address in
    /// the environment variable <c>POD_IP</c> and the container's port. The mesh admits only the workload's
    /// own identity to them, and no ingress may route them.
    /// </summary>
    public IReadOnlyList<string> PeerPaths { get; set; } = [];
}
