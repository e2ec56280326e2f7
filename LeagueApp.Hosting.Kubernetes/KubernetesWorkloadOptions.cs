namespace Aspire.Hosting.ApplicationModel;

/// <summary>Settings of one project's workload that only the cluster needs, with defaults for a small service.</summary>
public sealed class KubernetesWorkloadOptions
{
    /// <summary>Replicas at rest, and the autoscaler's minimum.</summary>
    public int Replicas { get; set; } = 2;

    /// <summary>The autoscaler's maximum; equal to <see cref="Replicas"/> means no autoscaler.</summary>
    public int MaxReplicas { get; set; } = 4;

    public int TargetCpuUtilizationPercent { get; set; } = 70;

    public string CpuRequest { get; set; } = "100m";

    public string CpuLimit { get; set; } = "500m";

    public string MemoryRequest { get; set; } = "128Mi";

    public string MemoryLimit { get; set; } = "256Mi";

    /// <summary>The Service's port; the container's port when not set.</summary>
    public int? ServicePort { get; set; }

    /// <summary>
    /// How long the mesh waits for an answer. The default matches the total timeout of .NET's standard
    /// resilience handler, so the mesh never cuts a call that the calling service still waits for.
    /// </summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Connections (and pending requests) the mesh allows to this service before it sheds load.</summary>
    public int MaxConnections { get; set; } = 100;

    /// <summary>The paths the ingress gateway routes to this service; only for a resource with an external endpoint.</summary>
    public IReadOnlyList<IngressRoute> IngressRoutes { get; set; } = [];
}
