using k8s.Models;

namespace LeagueApp.Hosting.Kubernetes;

/// <summary>
/// Every generated file. The top-level kustomization is the full deployment (base, Istio and its
/// ingress, observability); base/ is plain Kubernetes, isolated by NetworkPolicies; overlays/ swap or
/// leave out parts, or add the key file.
/// </summary>
internal static class ManifestSet
{
    public const string BaseFolder = "base";

    /// <summary>The full deployment: the mesh, its ingress gateway, and the telemetry pipeline.</summary>
    public static IReadOnlyList<string> DefaultComponents { get; } = [IstioManifests.Folder, IstioIngressManifests.Folder, ObservabilityManifests.Folder];

    public static IReadOnlyList<ManifestFile> Create(Cluster cluster, IReadOnlyList<Workload> workloads)
    {
        var files = new List<ManifestFile>
        {
            new($"{BaseFolder}/namespace.yaml", new V1Namespace { Metadata = new V1ObjectMeta { Labels = cluster.Labels(), Name = cluster.Namespace } }.WithTypeMeta()),
            new($"{BaseFolder}/{NetworkPolicyManifests.FileName}", NetworkPolicyManifests.Create(cluster, workloads).ToList()),
            new($"{BaseFolder}/{Kustomizations.FileName}",
                Kustomizations.Resources(workloads.Select(workload => $"../{workload.Name}").Prepend(NetworkPolicyManifests.FileName).Prepend("namespace.yaml"))),
            new(Kustomizations.FileName, Kustomizations.Resources([BaseFolder], DefaultComponents)),
        };
        files.AddRange(workloads.SelectMany(workload => WorkloadManifests.Create(cluster, workload)));
        files.AddRange(IstioManifests.Create(cluster, workloads));
        files.AddRange(IstioIngressManifests.Create(cluster, workloads));
        files.AddRange(GatewayApiManifests.Create(cluster, workloads));
        files.AddRange(ObservabilityManifests.Create(cluster, workloads));
        files.AddRange(KeyFileManifests.Create(cluster, workloads));
        files.AddRange(Overlays.Create(cluster, workloads));
        return files.OrderBy(file => file.Path, StringComparer.Ordinal).ToList();
    }
}
