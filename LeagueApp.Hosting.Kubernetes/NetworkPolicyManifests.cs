using k8s.Models;

namespace LeagueApp.Hosting.Kubernetes;

/// <summary>
/// The namespace's NetworkPolicies, part of base so that every variant is isolated: nothing moves but
/// what the model's references say (gateway -> public services -> the services they reference), a
/// workload's pods to each other where they call each other directly (WorkloadPeers), DNS,
/// Google APIs for the services that use them, the telemetry collector, and the mesh's control plane
/// and metrics where Istio runs (harmless allowances where it does not).
/// </summary>
internal static class NetworkPolicyManifests
{
    public const string FileName = "networkpolicies.yaml";

    private const string NamespaceNameLabel = "kubernetes.io/metadata.name";

    // Google Cloud Managed Service for Prometheus runs its collectors here.
    private const string ManagedPrometheusNamespace = "gmp-system";

    // The metadata server, which hands out Workload Identity tokens (and, with Cloud DNS, answers DNS).
    // Dataplane V1 redirects it to the GKE metadata server before policies apply; V2 after.
    private const string MetadataServer = "169.254.169.254/32";
    private const string GkeMetadataServer = "169.254.169.252/32";
    private const int GkeMetadataServerPort = 988;

    // NodeLocal DNSCache, where a GKE cluster enables it, answers on this link-local address; Cloud DNS
    // for GKE on the metadata server's.
    private const string NodeLocalDns = "169.254.20.10/32";

    private static readonly string[] PrivateRanges = ["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16"];

    public static IEnumerable<V1NetworkPolicy> Create(Cluster cluster, IReadOnlyList<Workload> workloads)
    {
        yield return Policy(cluster, "default-deny", new(), ingress: [], egress: []);
        yield return Policy(cluster, "allow-dns", new(), ingress: null, egress: [Dns()]);
        foreach (var workload in workloads)
        {
            yield return Policy(cluster, workload.Name, cluster.Selector(workload.Name), Ingress(cluster, workload), Egress(cluster, workload, workloads));
        }
    }

    /// <summary>Without a gateway in front, a public service takes requests from anywhere (its load balancer).</summary>
    public static V1NetworkPolicy Public(Cluster cluster, Workload workload) =>
        Policy(cluster, $"{workload.Name}-public", cluster.Selector(workload.Name), [new V1NetworkPolicyIngressRule { Ports = TcpPorts(workload.ContainerPort) }], egress: null);

    /// <summary>A policy of its own for the pods with <paramref name="podLabels"/>; a null list of rules leaves that direction open.</summary>
    public static V1NetworkPolicy Policy(
        Cluster cluster, string name, Dictionary<string, string> podLabels, IList<V1NetworkPolicyIngressRule>? ingress, IList<V1NetworkPolicyEgressRule>? egress, string? workload = null)
    {
        var types = new List<string>();
        if (ingress is not null)
        {
            types.Add("Ingress");
        }

        if (egress is not null)
        {
            types.Add("Egress");
        }

        return new V1NetworkPolicy
        {
            Metadata = cluster.Metadata(name, workload),
            Spec = new V1NetworkPolicySpec
            {
                Egress = egress,
                Ingress = ingress,
                PodSelector = new V1LabelSelector { MatchLabels = podLabels },
                PolicyTypes = types,
            },
        }.WithTypeMeta();
    }

    public static V1NetworkPolicyEgressRule ToPods(Dictionary<string, string> podLabels, int port) => new()
    {
        Ports = TcpPorts(port),
        To = [Peer(podLabels)],
    };

    public static V1NetworkPolicyEgressRule ToIstiod() => new()
    {
        Ports = TcpPorts(MeshPorts.Istiod),
        To = [new V1NetworkPolicyPeer { NamespaceSelector = NamespaceNamed("istio-system") }],
    };

    /// <summary>
    /// Google APIs have no fixed addresses: HTTPS anywhere outside the private ranges (the cluster's own),
    /// and the metadata server for Workload Identity's tokens.
    /// </summary>
    public static List<V1NetworkPolicyEgressRule> GoogleApis() =>
    [
        new() { Ports = TcpPorts(443), To = [new V1NetworkPolicyPeer { IpBlock = new V1IPBlock { Cidr = "0.0.0.0/0", Except = PrivateRanges } }] },
        new() { Ports = TcpPorts(80), To = [new V1NetworkPolicyPeer { IpBlock = new V1IPBlock { Cidr = MetadataServer } }] },
        new() { Ports = TcpPorts(GkeMetadataServerPort), To = [new V1NetworkPolicyPeer { IpBlock = new V1IPBlock { Cidr = GkeMetadataServer } }] },
    ];

    public static List<V1NetworkPolicyPort> TcpPorts(params int[] ports) =>
        ports.Select(port => new V1NetworkPolicyPort { Port = port, Protocol = "TCP" }).ToList();

    public static V1NetworkPolicyPeer Peer(Dictionary<string, string> podLabels, string? @namespace = null) => new()
    {
        NamespaceSelector = @namespace is null ? null : NamespaceNamed(@namespace),
        PodSelector = new V1LabelSelector { MatchLabels = podLabels },
    };

    private static List<V1NetworkPolicyIngressRule> Ingress(Cluster cluster, Workload workload)
    {
        var sources = workload.Callers.Select(caller => Peer(cluster.Selector(caller))).ToList();
        if (workload.HasPeers)
        {
            // Its pods call each other (WorkloadPeers).
            sources.Add(Peer(cluster.Selector(workload.Name)));
        }

        if (workload.IsExternal)
        {
            var gateway = cluster.Options.IngressGateway;
            sources.Add(Peer(new Dictionary<string, string> { ["istio"] = gateway.Selector }, gateway.Namespace));
            sources.Add(Peer(GatewayApiManifests.GatewayPods(cluster)));
        }

        var rules = new List<V1NetworkPolicyIngressRule>();
        if (sources.Count > 0)
        {
            rules.Add(new V1NetworkPolicyIngressRule { FromProperty = sources, Ports = TcpPorts(workload.ContainerPort) });
        }

        rules.Add(new V1NetworkPolicyIngressRule
        {
            FromProperty = [new V1NetworkPolicyPeer { NamespaceSelector = NamespaceNamed(ManagedPrometheusNamespace) }],
            Ports = TcpPorts(MeshPorts.SidecarMetrics),
        });
        return rules;
    }

    private static List<V1NetworkPolicyEgressRule> Egress(Cluster cluster, Workload workload, IReadOnlyList<Workload> workloads)
    {
        var rules = workloads.Where(callee => callee.Callers.Contains(workload.Name))
            .Select(callee => ToPods(cluster.Selector(callee.Name), callee.ContainerPort))
            .ToList();
        if (workload.HasPeers)
        {
            rules.Add(ToPods(cluster.Selector(workload.Name), workload.ContainerPort));
        }

        if (workload.GoogleApis.Count > 0)
        {
            rules.AddRange(GoogleApis());
        }

        rules.Add(ToPods(cluster.Selector(ObservabilityManifests.CollectorName), ObservabilityManifests.OtlpGrpcPort));
        rules.Add(ToIstiod());
        return rules;
    }

    private static V1NetworkPolicyEgressRule Dns() => new()
    {
        Ports = [new V1NetworkPolicyPort { Port = 53, Protocol = "UDP" }, new V1NetworkPolicyPort { Port = 53, Protocol = "TCP" }],
        To =
        [
            Peer(new Dictionary<string, string> { ["k8s-app"] = "kube-dns" }, "kube-system"),
            new V1NetworkPolicyPeer { IpBlock = new V1IPBlock { Cidr = NodeLocalDns } },
            new V1NetworkPolicyPeer { IpBlock = new V1IPBlock { Cidr = MetadataServer } },
        ],
    };

    private static V1LabelSelector NamespaceNamed(string name) => new() { MatchLabels = new Dictionary<string, string> { [NamespaceNameLabel] = name } };
}
