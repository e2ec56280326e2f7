using k8s.Models;

namespace LeagueApp.Hosting.Kubernetes;

/// <summary>Ready-made variants of the full deployment, so that leaving a part out needs no editing.</summary>
internal static class Overlays
{
    public static IEnumerable<ManifestFile> Create(Cluster cluster, IReadOnlyList<Workload> workloads)
    {
        // The full deployment with services authenticating by key file rather than Workload Identity.
        // (kustomize refuses "../.." as a resource: it contains this folder.)
        var keyFileComponents = workloads.SelectMany(workload => workload.GoogleApis)
            .Select(api => api.ResourceName)
            .Distinct()
            .Order(StringComparer.Ordinal);
        foreach (var resource in keyFileComponents)
        {
            yield return new ManifestFile($"overlays/{resource}-key-file/{Kustomizations.FileName}",
                Kustomizations.Resources([$"../../{ManifestSet.BaseFolder}"], ManifestSet.DefaultComponents.Append(KeyFileManifests.Folder(resource)).Select(folder => $"../../{folder}")));
        }

        // The Kubernetes Gateway API instead of Istio's own ingress objects.
        yield return new ManifestFile($"overlays/gateway-api/{Kustomizations.FileName}", Kustomizations.Resources(
            [$"../../{ManifestSet.BaseFolder}"],
            ManifestSet.DefaultComponents.Select(folder => folder == IstioIngressManifests.Folder ? GatewayApiManifests.Folder : folder).Select(folder => $"../../{folder}")));

        // Without Istio there is no gateway: public services get a load balancer, as in the original,
        // and take requests from anywhere. Telemetry still goes to the collector.
        var publicPolicies = workloads.Where(workload => workload.IsExternal).Select(workload => NetworkPolicyManifests.Public(cluster, workload)).ToList();
        if (publicPolicies.Count > 0)
        {
            yield return new ManifestFile($"overlays/without-mesh/{NetworkPolicyManifests.FileName}", publicPolicies);
        }

        var patches = workloads.Where(workload => workload.IsExternal)
            .Select(workload => new ManifestFile($"overlays/without-mesh/{workload.Name}-service.yaml", new V1Service
            {
                Metadata = cluster.Reference(workload.Name),
                Spec = new V1ServiceSpec { Type = "LoadBalancer" },
            }.WithTypeMeta()))
            .ToList();
        foreach (var patch in patches)
        {
            yield return patch;
        }

        yield return new ManifestFile($"overlays/without-mesh/{Kustomizations.FileName}", Kustomizations.Resources(
            publicPolicies.Count > 0 ? [$"../../{ManifestSet.BaseFolder}", NetworkPolicyManifests.FileName] : [$"../../{ManifestSet.BaseFolder}"],
            [$"../../{ObservabilityManifests.Folder}"],
            patches.Select(patch => Path.GetFileName(patch.Path))));
    }
}
