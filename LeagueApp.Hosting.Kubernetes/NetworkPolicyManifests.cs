namespace LeagueApp.Hosting.Kubernetes;

/// <summary>
/// The namespace's NetworkPolicies, part of base so that every variant is isolated: nothing moves but
/// what the model's references say (gateway -> public services -> the services they reference), DNS,
/// Google APIs for the services that use them, the telemetry collector, and the mesh's control plane
/// and metrics where Istio runs (harmless allowances where it does not).
/// </summary>
internal static class NetworkPolicyManifests
{
    public const string ApiVersion = "networking.k8s.io/v1";

    public const string FileName = "networkpolicies.yaml";

    private const string NamespaceNameLabel = "kubernetes.io/metadata.name";
    private const int IstiodPort = 15012;
    private const int SidecarMetricsPort = 15020;

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

    public static IEnumerable<SortedMap> Create(Cluster cluster, IReadOnlyList<Workload> workloads)
    {
        yield return Policy(cluster, "default-deny", new SortedMap(), ingress: [], egress: []);
        yield return Policy(cluster, "allow-dns", new SortedMap(), ingress: null, egress: [Dns()]);
        foreach (var workload in workloads)
        {
            yield return Policy(cluster, workload.Name, cluster.Selector(workload.Name), Ingress(cluster, workload), Egress(cluster, workload, workloads));
        }
    }

    /// <summary>Without a gateway in front, a public service takes requests from anywhere (its load balancer).</summary>
    public static SortedMap Public(Cluster cluster, Workload workload) =>
        Policy(cluster, $"{workload.Name}-public", cluster.Selector(workload.Name), [new SortedMap { ["ports"] = TcpPorts(workload.ContainerPort) }], egress: null);

    public static SortedMap ToPods(SortedMap podLabels, int port, string? @namespace = null) => new()
    {
        ["ports"] = TcpPorts(port),
        ["to"] = new object[] { Peer(podLabels, @namespace) },
    };

    public static SortedMap ToIstiod(int port) => new()
    {
        ["ports"] = TcpPorts(port),
        ["to"] = new object[] { new SortedMap { ["namespaceSelector"] = NamespaceNamed("istio-system") } },
    };

    /// <summary>
    /// Google APIs have no fixed addresses: HTTPS anywhere outside the private ranges (the cluster's own),
    /// and the metadata server for Workload Identity's tokens.
    /// </summary>
    public static IEnumerable<SortedMap> GoogleApis() =>
    [
        new SortedMap
        {
            ["ports"] = TcpPorts(443),
            ["to"] = new object[] { new SortedMap { ["ipBlock"] = new SortedMap { ["cidr"] = "0.0.0.0/0", ["except"] = PrivateRanges.ToArray<object>() } } },
        },
        new SortedMap
        {
            ["ports"] = TcpPorts(80),
            ["to"] = new object[] { new SortedMap { ["ipBlock"] = new SortedMap { ["cidr"] = MetadataServer } } },
        },
        new SortedMap
        {
            ["ports"] = TcpPorts(GkeMetadataServerPort),
            ["to"] = new object[] { new SortedMap { ["ipBlock"] = new SortedMap { ["cidr"] = GkeMetadataServer } } },
        },
    ];

    public static object[] TcpPorts(params int[] ports) =>
        ports.Select(port => (object)new SortedMap { ["port"] = port, ["protocol"] = "TCP" }).ToArray();

    private static SortedMap Policy(Cluster cluster, string name, SortedMap podLabels, IReadOnlyList<SortedMap>? ingress, IReadOnlyList<SortedMap>? egress)
    {
        var spec = new SortedMap { ["podSelector"] = new SortedMap { ["matchLabels"] = podLabels } };
        var types = new List<object>();
        if (ingress is not null)
        {
            spec["ingress"] = ingress.ToArray<object>();
            types.Add("Ingress");
        }

        if (egress is not null)
        {
            spec["egress"] = egress.ToArray<object>();
            types.Add("Egress");
        }

        spec["policyTypes"] = types.ToArray();
        return new SortedMap
        {
            ["apiVersion"] = ApiVersion,
            ["kind"] = "NetworkPolicy",
            ["metadata"] = cluster.Metadata(name),
            ["spec"] = spec,
        };
    }

    private static List<SortedMap> Ingress(Cluster cluster, Workload workload)
    {
        var sources = workload.Callers.Select(caller => Peer(cluster.Selector(caller))).ToList();
        if (workload.IsExternal)
        {
            var gateway = cluster.Options.IngressGateway;
            sources.Add(Peer(new SortedMap { ["istio"] = gateway.Selector }, gateway.Namespace));
            sources.Add(Peer(GatewayApiManifests.GatewayPods(cluster)));
        }

        var rules = new List<SortedMap>();
        if (sources.Count > 0)
        {
            rules.Add(new SortedMap { ["from"] = sources.ToArray<object>(), ["ports"] = TcpPorts(workload.ContainerPort) });
        }

        rules.Add(new SortedMap
        {
            ["from"] = new object[] { new SortedMap { ["namespaceSelector"] = NamespaceNamed(ManagedPrometheusNamespace) } },
            ["ports"] = TcpPorts(SidecarMetricsPort),
        });
        return rules;
    }

    private static List<SortedMap> Egress(Cluster cluster, Workload workload, IReadOnlyList<Workload> workloads)
    {
        var rules = workloads.Where(callee => callee.Callers.Contains(workload.Name))
            .Select(callee => ToPods(cluster.Selector(callee.Name), callee.ContainerPort))
            .ToList();
        if (workload.GoogleApis.Count > 0)
        {
            rules.AddRange(GoogleApis());
        }

        rules.Add(ToPods(cluster.Selector(ObservabilityManifests.CollectorName), ObservabilityManifests.OtlpGrpcPort));
        rules.Add(ToIstiod(IstiodPort));
        return rules;
    }

    private static SortedMap Dns() => new()
    {
        ["ports"] = new object[]
        {
            new SortedMap { ["port"] = 53, ["protocol"] = "UDP" },
            new SortedMap { ["port"] = 53, ["protocol"] = "TCP" },
        },
        ["to"] = new object[]
        {
            Peer(new SortedMap { ["k8s-app"] = "kube-dns" }, "kube-system"),
            new SortedMap { ["ipBlock"] = new SortedMap { ["cidr"] = NodeLocalDns } },
            new SortedMap { ["ipBlock"] = new SortedMap { ["cidr"] = MetadataServer } },
        },
    };

    private static SortedMap Peer(SortedMap podLabels, string? @namespace = null)
    {
        var peer = new SortedMap { ["podSelector"] = new SortedMap { ["matchLabels"] = podLabels } };
        if (@namespace is not null)
        {
            peer["namespaceSelector"] = NamespaceNamed(@namespace);
        }

        return peer;
    }

    private static SortedMap NamespaceNamed(string name) => new() { ["matchLabels"] = new SortedMap { [NamespaceNameLabel] = name } };
}
