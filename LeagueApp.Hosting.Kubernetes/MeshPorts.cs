namespace LeagueApp.Hosting.Kubernetes;

/// <summary>Ports of Istio's own that the policies open.</summary>
internal static class MeshPorts
{
    /// <summary>Istio's control plane, which configures every proxy.</summary>
    public const int Istiod = 15012;

    /// <summary>Istio's agent serves the sidecar's request metrics here.</summary>
    public const int SidecarMetrics = 15020;
}
