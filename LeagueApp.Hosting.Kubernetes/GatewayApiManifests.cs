using Aspire.Hosting.ApplicationModel;

namespace LeagueApp.Hosting.Kubernetes;

/// <summary>
/// The Kubernetes Gateway API component, the alternative to the Istio ingress one: a Gateway of the
/// environment's GatewayClass (Istio's by default, which deploys the gateway into the namespace) and an
/// HTTPRoute per public service, with the policies that let the gateway's pods serve and call it.
/// </summary>
internal static class GatewayApiManifests
{
    public const string Folder = "components/gateway-api";

    public const string ApiVersion = "gateway.networking.k8s.io/v1";

    /// <summary>The label Istio (and the Gateway API) puts on the pods of a Gateway.</summary>
    public const string GatewayNameLabel = "gateway.networking.k8s.io/gateway-name";

    private const int ListenerPort = 80;

    // The gateway's readiness endpoint, which a cloud load balancer's health check calls.
    private const int StatusPort = 15021;

    // Istio's control plane, which configures the gateway's proxy.
    private const int IstiodPort = 15012;

    public static IEnumerable<ManifestFile> Create(Cluster cluster, IReadOnlyList<Workload> workloads)
    {
        var external = workloads.Where(workload => workload.IsExternal).ToList();
        var files = new List<ManifestFile>
        {
            new($"{Folder}/gateway.yaml", Gateway(cluster)),
            new($"{Folder}/httproutes.yaml", external.Select(workload => HttpRoute(cluster, workload)).ToList()),
            new($"{Folder}/authorizationpolicies.yaml",
            [
                GatewayPolicy(cluster),
                .. external.Select(workload => IstioManifests.AuthorizationPolicy(cluster, $"{workload.Name}-from-gateway-api", workload,
                    [IstioManifests.AllowFrom([cluster.Principal(cluster.GatewayApiServiceAccount)])])),
            ]),
            new($"{Folder}/networkpolicy.yaml", GatewayNetworkPolicy(cluster, external)),
        };
        files.Add(Kustomizations.ComponentOf(Folder, files));
        return files;
    }

    public static SortedMap GatewayPods(Cluster cluster) => new() { [GatewayNameLabel] = cluster.GatewayName };

    private static SortedMap Gateway(Cluster cluster) => new()
    {
        ["apiVersion"] = ApiVersion,
        ["kind"] = "Gateway",
        ["metadata"] = cluster.Metadata(cluster.GatewayName),
        ["spec"] = new SortedMap
        {
            ["gatewayClassName"] = cluster.Options.GatewayClassName,
            ["listeners"] = new object[]
            {
                new SortedMap
                {
                    ["allowedRoutes"] = new SortedMap { ["namespaces"] = new SortedMap { ["from"] = "Same" } },
                    ["name"] = "http",
                    ["port"] = ListenerPort,
                    ["protocol"] = "HTTP",
                },
            },
        },
    };

    // Unlike Istio's first match, the Gateway API picks the most specific match (exact path, then the
    // longest prefix, then a method match), so the two groups cannot shadow each other.
    private static SortedMap HttpRoute(Cluster cluster, Workload workload)
    {
        var groups = IngressRouteGroups.Of(workload);
        var rules = new List<object>();
        if (groups.Retried.Count > 0)
        {
            rules.Add(Rule(workload, groups.Retried));
        }

        if (groups.NotRetried.Count > 0)
        {
            rules.Add(Rule(workload, groups.NotRetried));
        }

        return new SortedMap
        {
            ["apiVersion"] = ApiVersion,
            ["kind"] = "HTTPRoute",
            ["metadata"] = cluster.Metadata(workload.Name, workload.Name),
            ["spec"] = new SortedMap
            {
                ["parentRefs"] = new object[] { new SortedMap { ["name"] = cluster.GatewayName } },
                ["rules"] = rules.ToArray(),
            },
        };
    }

    // HTTPRoute's retry field is still in the experimental channel, which a cluster's standard CRDs
    // drop: the groups stay apart so that safe reads and writes are distinct rules (docs/deployment.md).
    private static SortedMap Rule(Workload workload, IReadOnlyList<IngressMatch> matches) => new()
    {
        ["backendRefs"] = new object[] { new SortedMap { ["name"] = workload.Name, ["port"] = workload.ServicePort } },
        ["matches"] = matches.SelectMany(Matches).ToArray(),
        ["timeouts"] = new SortedMap { ["request"] = Durations.Format(workload.Options.RequestTimeout) },
    };

    private static IEnumerable<object> Matches(IngressMatch match)
    {
        var path = new SortedMap
        {
            ["type"] = match.Route.Match == IngressPathMatch.Exact ? "Exact" : "PathPrefix",
            ["value"] = PrefixValue(match.Route),
        };
        if (!match.SafeMethodsOnly)
        {
            return [new SortedMap { ["path"] = path }];
        }

        return new[] { "GET", "HEAD" }.Select(method => (object)new SortedMap { ["method"] = method, ["path"] = path });
    }

    // A PathPrefix matches whole path segments and may not end in "/" (but for "/" itself).
    private static string PrefixValue(IngressRoute route) =>
        route.Match == IngressPathMatch.Prefix && route.Path.Length > 1 ? route.Path.TrimEnd('/') : route.Path;

    // The namespace's allow-nothing policy would shut the gateway too: it serves anyone who reaches it.
    private static SortedMap GatewayPolicy(Cluster cluster) => new()
    {
        ["apiVersion"] = "security.istio.io/v1",
        ["kind"] = "AuthorizationPolicy",
        ["metadata"] = cluster.Metadata(cluster.GatewayName),
        ["spec"] = new SortedMap
        {
            ["action"] = "ALLOW",
            ["rules"] = new object[] { new SortedMap() },
            ["selector"] = new SortedMap { ["matchLabels"] = GatewayPods(cluster) },
        },
    };

    // The namespace denies all traffic by default (NetworkPolicies in base): the gateway's pods take
    // requests from anywhere and send them on to the public services only.
    private static SortedMap GatewayNetworkPolicy(Cluster cluster, IReadOnlyList<Workload> external) => new()
    {
        ["apiVersion"] = NetworkPolicyManifests.ApiVersion,
        ["kind"] = "NetworkPolicy",
        ["metadata"] = cluster.Metadata(cluster.GatewayName),
        ["spec"] = new SortedMap
        {
            ["egress"] = external.Select(workload => NetworkPolicyManifests.ToPods(cluster.Selector(workload.Name), workload.ContainerPort))
                .Append(NetworkPolicyManifests.ToIstiod(IstiodPort))
                .ToArray<object>(),
            ["ingress"] = new object[]
            {
                new SortedMap { ["ports"] = NetworkPolicyManifests.TcpPorts(ListenerPort, StatusPort) },
            },
            ["podSelector"] = new SortedMap { ["matchLabels"] = GatewayPods(cluster) },
            ["policyTypes"] = new object[] { "Ingress", "Egress" },
        },
    };
}
