using k8s.Models;

namespace LeagueApp.Hosting.Kubernetes;

/// <summary>
/// The Kubernetes Gateway API component, the alternative to the Istio ingress one: a Gateway of the
/// environment's GatewayClass (Istio's by default, which deploys the gateway into the namespace) and an
/// HTTPRoute per public service, with the policies that let the gateway's pods serve and call it.
/// </summary>
internal static class GatewayApiManifests
{
    public const string Folder = "components/gateway-api";

    private const int ListenerPort = 80;

    // The gateway's readiness endpoint, which a cloud load balancer's health check calls.
    private const int StatusPort = 15021;

    public static IEnumerable<ManifestFile> Create(Cluster cluster, IReadOnlyList<Workload> workloads)
    {
        var external = workloads.Where(workload => workload.IsExternal).ToList();
        var files = new List<ManifestFile>
        {
            new($"{Folder}/gateway.yaml", Gateway(cluster)),
            new($"{Folder}/httproutes.yaml", external.Select(workload => HttpRoute(cluster, workload)).ToList()),
            new($"{Folder}/authorizationpolicies.yaml", [
                GatewayPolicy(cluster),
                .. external.Select(workload => IstioManifests.AuthorizationPolicy(cluster, $"{workload.Name}-from-gateway-api", workload,
                    [IstioManifests.AllowFrom([cluster.Principal(cluster.GatewayApiServiceAccount)])])),
            ]),
            new($"{Folder}/networkpolicy.yaml", GatewayNetworkPolicy(cluster, external)),
        };
        files.Add(Kustomizations.ComponentOf(Folder, files));
        return files;
    }

    public static Dictionary<string, string> GatewayPods(Cluster cluster) => new() { [GatewayApi.GatewayNameLabel] = cluster.GatewayName };

    private static GatewayApiGateway Gateway(Cluster cluster) => new(
        cluster.Metadata(cluster.GatewayName),
        new GatewayApiGatewaySpec(
            cluster.Options.GatewayClassName,
            [new GatewayApiListener(new GatewayApiAllowedRoutes(new GatewayApiRouteNamespaces("Same")), "http", ListenerPort, "HTTP")]));

    // Unlike Istio's first match, the Gateway API picks the most specific match (exact path, then the
    // longest prefix, then a method match), so the two groups cannot shadow each other.
    private static GatewayApiHttpRoute HttpRoute(Cluster cluster, Workload workload)
    {
        var rules = IngressRouteGroups.Of(workload).NonEmpty().Select(group => Rule(workload, group.Matches)).ToList();
        return new GatewayApiHttpRoute(
            cluster.Metadata(workload.Name, workload.Name),
            new GatewayApiHttpRouteSpec([new GatewayApiParentReference(cluster.GatewayName)], rules));
    }

    // HTTPRoute's retry field is still in the experimental channel, which a cluster's standard CRDs
    // drop: the groups stay apart so that safe reads and writes are distinct rules (docs/deployment.md).
    private static GatewayApiHttpRouteRule Rule(Workload workload, IReadOnlyList<IngressMatch> matches) => new(
        [new GatewayApiBackendReference(workload.Name, workload.ServicePort)],
        [.. matches.SelectMany(Matches)],
        new GatewayApiHttpRouteTimeouts(Durations.Format(workload.Options.RequestTimeout)));

    private static IEnumerable<GatewayApiHttpRouteMatch> Matches(IngressMatch match)
    {
        var path = new GatewayApiHttpPathMatch(match.Route.Match == IngressPathMatch.Exact ? "Exact" : "PathPrefix", PrefixValue(match.Route));
        return match.SafeMethodsOnly
            ? new[] { "GET", "HEAD" }.Select(method => new GatewayApiHttpRouteMatch(path, method))
            : [new GatewayApiHttpRouteMatch(path)];
    }

    // A PathPrefix matches whole path segments and may not end in "/" (but for "/" itself).
    private static string PrefixValue(IngressRoute route) =>
        route.Match == IngressPathMatch.Prefix && route.Path.Length > 1 ? route.Path.TrimEnd('/') : route.Path;

    // The namespace's allow-nothing policy would shut the gateway too: it serves anyone who reaches it.
    private static IstioAuthorizationPolicy GatewayPolicy(Cluster cluster) => new(
        cluster.Metadata(cluster.GatewayName),
        new IstioAuthorizationPolicySpec("ALLOW", [new IstioAuthorizationRule()], new IstioWorkloadSelector(GatewayPods(cluster))));

    // The namespace denies all traffic by default (NetworkPolicies in base): the gateway's pods take
    // requests from anywhere and send them on to the public services only.
    private static V1NetworkPolicy GatewayNetworkPolicy(Cluster cluster, IReadOnlyList<Workload> external) => NetworkPolicyManifests.Policy(
        cluster,
        cluster.GatewayName,
        GatewayPods(cluster),
        ingress: [new V1NetworkPolicyIngressRule { Ports = NetworkPolicyManifests.TcpPorts(ListenerPort, StatusPort) }],
        egress: [.. external.Select(workload => NetworkPolicyManifests.ToPods(cluster.Selector(workload.Name), workload.ContainerPort)), NetworkPolicyManifests.ToIstiod()]);
}
