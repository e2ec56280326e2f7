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

    private static IstioGateway Gateway(Cluster cluster) => new(
        cluster.Metadata(cluster.GatewayName),
        new IstioGatewaySpec(
            new Dictionary<string, string> { ["istio"] = cluster.Options.IngressGateway.Selector },
            [new IstioServer(["*"], new IstioPort("http", IngressPort, "HTTP"))]));

    // Istio tries the routes in order and takes the first that matches.
    private static IstioVirtualService VirtualService(Cluster cluster, IReadOnlyList<Workload> workloads)
    {
        var routes = new List<IstioHttpRoute>();
        foreach (var workload in workloads.Where(workload => workload.IsExternal))
        {
            routes.AddRange(IngressRouteGroups.Of(workload).NonEmpty().Select(group => IstioManifests.Route(
                cluster, workload, [.. group.Matches.Select(Match)], $"{workload.Name}-{(group.Retry ? "retried" : "not-retried")}", group.Retry)));
        }

        return IstioManifests.VirtualService(cluster.Metadata(cluster.AppName), ["*"], routes, gateway: cluster.GatewayName);
    }

    private static IstioHttpMatch Match(IngressMatch match) => new(
        Uri: match.Route.Match == IngressPathMatch.Exact ? new IstioStringMatch(Exact: match.Route.Path) : new IstioStringMatch(Prefix: match.Route.Path),
        Method: match.SafeMethodsOnly ? new IstioStringMatch(Regex: IstioManifests.SafeMethods) : null);
}
