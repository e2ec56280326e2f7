namespace LeagueApp.Hosting.Kubernetes;

/// <summary>
/// The Istio ingress component: an Istio Gateway on the mesh's ingress gateway, the VirtualService
/// that routes each public path to its service, and the policy that admits that gateway.
/// </summary>
internal static class IstioIngressManifests
{
    public const string Folder = "components/istio-ingress";

    private const int IngressPort = 80;

    public static IEnumerable<ManifestFile> Create(Cluster cluster, IReadOnlyList<Workload> workloads)
    {
        var gateway = cluster.Options.IngressGateway;
        var files = new List<ManifestFile>
        {
            new($"{Folder}/gateway.yaml", Gateway(cluster)),
            new($"{Folder}/virtualservice.yaml", VirtualService(cluster, workloads)),
            new($"{Folder}/authorizationpolicies.yaml", workloads.Where(workload => workload.IsExternal)
                .Select(workload => IstioManifests.AuthorizationPolicy(cluster, $"{workload.Name}-from-istio-ingress", workload,
                    [IstioManifests.AllowFrom([cluster.Principal(gateway.Namespace, gateway.ServiceAccount)])]))
                .ToList()),
        };
        files.Add(Kustomizations.ComponentOf(Folder, files));
        return files;
    }

    private static SortedMap Gateway(Cluster cluster) => new()
    {
        ["apiVersion"] = IstioManifests.Networking,
        ["kind"] = "Gateway",
        ["metadata"] = cluster.Metadata(cluster.GatewayName),
        ["spec"] = new SortedMap
        {
            ["selector"] = new SortedMap { ["istio"] = cluster.Options.IngressGateway.Selector },
            ["servers"] = new object[]
            {
                new SortedMap
                {
                    ["hosts"] = new object[] { "*" },
                    ["port"] = new SortedMap { ["name"] = "http", ["number"] = IngressPort, ["protocol"] = "HTTP" },
                },
            },
        },
    };

    // Istio tries the routes in order and takes the first that matches.
    private static SortedMap VirtualService(Cluster cluster, IReadOnlyList<Workload> workloads)
    {
        var routes = new List<object>();
        foreach (var workload in workloads.Where(workload => workload.IsExternal))
        {
            var groups = IngressRouteGroups.Of(workload);
            if (groups.Retried.Count > 0)
            {
                routes.Add(IstioManifests.Route(cluster, workload, groups.Retried.Select(Match).ToList(), $"{workload.Name}-retried", retry: true));
            }

            if (groups.NotRetried.Count > 0)
            {
                routes.Add(IstioManifests.Route(cluster, workload, groups.NotRetried.Select(Match).ToList(), $"{workload.Name}-not-retried", retry: false));
            }
        }

        return IstioManifests.VirtualService(cluster.Metadata(cluster.AppName), ["*"], [.. routes], gateway: cluster.GatewayName);
    }

    private static object Match(IngressMatch match)
    {
        var uri = new SortedMap
        {
            [match.Route.Match == Aspire.Hosting.ApplicationModel.IngressPathMatch.Exact ? "exact" : "prefix"] = match.Route.Path,
        };
        var result = new SortedMap { ["uri"] = uri };
        if (match.SafeMethodsOnly)
        {
            result["method"] = new SortedMap { ["regex"] = IstioManifests.SafeMethods };
        }

        return result;
    }
}
