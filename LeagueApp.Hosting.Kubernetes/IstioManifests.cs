using k8s.Models;

namespace LeagueApp.Hosting.Kubernetes;

/// <summary>
/// The optional Istio component: ingress, traffic policy, STRICT mTLS, least-privilege authorization
/// and egress to Google APIs only. Who may call whom comes from the model's references.
/// </summary>
internal static class IstioManifests
{
    public const string Folder = "components/istio";

    public const string SafeMethods = "^(GET|HEAD)$";
    private const int RetryAttempts = 2;

    // Connection-level failures and gateway errors: what a retry of a safe request can fix.
    private const string RetryOn = "connect-failure,refused-stream,reset,unavailable,cancelled,gateway-error";

    private const string SidecarMetricsPath = "/stats/prometheus";

    // The key-file alternative trades its key for tokens here.
    private const string GoogleTokenHost = "oauth2.googleapis.com";

    // Workload Identity hands out tokens from the GKE metadata server at this link-local address.
    private const string MetadataServerAddress = "169.254.169.254";

    // Istio's objects serve this namespace only.
    private static readonly string[] ThisNamespace = ["."];

    public static IEnumerable<ManifestFile> Create(Cluster cluster, IReadOnlyList<Workload> workloads)
    {
        var files = new List<ManifestFile>
        {
            new($"{Folder}/virtualservices.yaml", VirtualServices(cluster, workloads).ToList()),
            new($"{Folder}/destinationrules.yaml", workloads.SelectMany(workload => DestinationRules(cluster, workload)).ToList()),
            new($"{Folder}/peerauthentication.yaml", PeerAuthentication(cluster)),
            new($"{Folder}/authorizationpolicies.yaml", AuthorizationPolicies(cluster, workloads).ToList()),
            new($"{Folder}/sidecar.yaml", Sidecar(cluster)),
        };
        var googleHosts = GoogleApiHosts(workloads);
        if (googleHosts.Count > 0)
        {
            files.Add(new($"{Folder}/serviceentries.yaml", [GoogleApis(cluster, googleHosts), MetadataServer(cluster)]));
        }

        files.Add(new($"{Folder}/patches/namespace.yaml", new V1Namespace
        {
            Metadata = new V1ObjectMeta { Labels = new Dictionary<string, string> { ["istio-injection"] = "enabled" }, Name = cluster.Namespace },
        }.WithTypeMeta()));
        files.Add(new($"{Folder}/podmonitoring.yaml", SidecarMetrics(cluster)));
        files.AddRange(workloads.Select(workload => PodTemplatePatch.Annotations(cluster, Folder, workload, SidecarAnnotations(workload))));
        files.Add(Kustomizations.ComponentOf(Folder, files));
        return files;
    }

    private static Dictionary<string, string> SidecarAnnotations(Workload workload) => new()
    {
        // The app must not call Firestore (or the metadata server) before its sidecar can carry the
        // request, and the sidecar must carry the app's calls for as long as the app drains on shutdown.
        ["proxy.istio.io/config"] = $"{{\"holdApplicationUntilProxyStarts\":true,\"terminationDrainDuration\":\"{Durations.Format(Rollout.ProxyDrain(workload.Options))}\"}}",
        // The sidecar's share of the pod, so that the scheduler and the autoscaler count it.
        ["sidecar.istio.io/proxyCPU"] = workload.Options.SidecarCpuRequest,
        ["sidecar.istio.io/proxyCPULimit"] = workload.Options.SidecarCpuLimit,
        ["sidecar.istio.io/proxyMemory"] = workload.Options.SidecarMemoryRequest,
        ["sidecar.istio.io/proxyMemoryLimit"] = workload.Options.SidecarMemoryLimit,
    };

    // Google Cloud Managed Service for Prometheus scrapes Istio's request metrics from every sidecar.
    private static PodMonitoring SidecarMetrics(Cluster cluster) => new(
        cluster.Metadata("istio-sidecars"),
        new PodMonitoringSpec(
            [new ScrapeEndpoint("30s", SidecarMetricsPath, MeshPorts.SidecarMetrics)],
            new V1LabelSelector { MatchLabels = cluster.AppPods() }));

    private static IEnumerable<IstioVirtualService> VirtualServices(Cluster cluster, IReadOnlyList<Workload> workloads)
    {
        // Calls inside the mesh: reads may be retried, writes never (the caller decides).
        foreach (var workload in workloads.Where(workload => workload.Callers.Count > 0))
        {
            IstioHttpRoute[] http =
            [
                Route(cluster, workload, [new IstioHttpMatch(Method: new IstioStringMatch(Regex: SafeMethods))], "safe-methods", retry: true),
                Route(cluster, workload, null, "other-methods", retry: false),
            ];
            yield return VirtualService(cluster.Metadata(workload.Name, workload.Name), [cluster.Fqdn(workload.Name)], http, gateway: null);
        }
    }

    /// <param name="matches">What the route takes; every request when null.</param>
    public static IstioHttpRoute Route(Cluster cluster, Workload workload, IReadOnlyList<IstioHttpMatch>? matches, string name, bool retry) => new(
        Name: name,
        Match: matches,
        Retries: retry
            ? new IstioRetries(RetryAttempts, Durations.Format(workload.Options.RetryAttemptTimeout), RetryOn)
            // Istio retries every request twice unless told otherwise; a write must run once.
            : new IstioRetries(0),
        Route: [new IstioRouteDestination(new IstioDestination(cluster.Fqdn(workload.Name), new IstioPortSelector(workload.ServicePort)))],
        Timeout: Durations.Format(workload.Options.RequestTimeout));

    public static IstioVirtualService VirtualService(V1ObjectMeta metadata, IReadOnlyList<string> hosts, IReadOnlyList<IstioHttpRoute> http, string? gateway) =>
        new(metadata, new IstioVirtualServiceSpec(ThisNamespace, hosts, http, gateway is null ? null : [gateway]));

    private static IEnumerable<IstioDestinationRule> DestinationRules(Cluster cluster, Workload workload)
    {
        yield return DestinationRule(cluster, workload);
        if (workload.HasPeers)
        {
            // Mutual TLS for the pods' calls to each other, stated rather than left to auto mTLS's inference for a
            // headless Service. No limits or ejection: each call goes to the one pod it names.
            yield return new IstioDestinationRule(
                cluster.Metadata(workload.PeersServiceName, workload.Name),
                new IstioDestinationRuleSpec(ThisNamespace, cluster.Fqdn(workload.PeersServiceName), new IstioTrafficPolicy(null, null, new IstioTls("ISTIO_MUTUAL"))));
        }
    }

    private static IstioDestinationRule DestinationRule(Cluster cluster, Workload workload) => new(
        cluster.Metadata(workload.Name, workload.Name),
        new IstioDestinationRuleSpec(
            ThisNamespace,
            cluster.Fqdn(workload.Name),
            new IstioTrafficPolicy(
                new IstioConnectionPool(
                    new IstioHttpConnectionPool(
                        Http1MaxPendingRequests: workload.Options.MaxConnections,
                        Http2MaxRequests: workload.Options.MaxConnections,
                        IdleTimeout: "60s"),
                    new IstioTcpConnectionPool(ConnectTimeout: "2s", MaxConnections: workload.Options.MaxConnections)),
                // A pod that keeps failing leaves the pool for a while; at most half of them, so that a
                // shared cause (Firestore down) cannot eject every pod.
                new IstioOutlierDetection(BaseEjectionTime: "30s", Consecutive5xxErrors: 5, Interval: "10s", MaxEjectionPercent: 50),
                new IstioTls("ISTIO_MUTUAL"))));

    private static IstioPeerAuthentication PeerAuthentication(Cluster cluster) =>
        new(cluster.Metadata("default"), new IstioPeerAuthenticationSpec(new IstioMutualTls("STRICT")));

    private static IEnumerable<IstioAuthorizationPolicy> AuthorizationPolicies(Cluster cluster, IReadOnlyList<Workload> workloads)
    {
        // An ALLOW policy without rules matches nothing: whatever no other policy allows is denied.
        yield return new IstioAuthorizationPolicy(cluster.Metadata("allow-nothing"), new IstioAuthorizationPolicySpec());
        foreach (var workload in workloads)
        {
            yield return AuthorizationPolicy(cluster, workload.Name, workload, AuthorizationRules(cluster, workload));
        }
    }

    private static IEnumerable<IstioAuthorizationRule> AuthorizationRules(Cluster cluster, Workload workload)
    {
        // The ingress gateway's own policy, which comes with the ingress component, admits it to public services.
        if (workload.Callers.Count > 0)
        {
            yield return AllowFrom(workload.Callers.Select(cluster.Principal));
        }

        // The pods' calls to each other (WorkloadPeers): from the workload's own identity, to these paths only.
        if (workload.HasPeers)
        {
            yield return new IstioAuthorizationRule(
                From: [new IstioRuleFrom(new IstioSource([cluster.Principal(workload.Name)]))],
                To: [new IstioRuleTo(new IstioOperation([WorkloadPeers.Method], [.. workload.Options.PeerPaths.Order(StringComparer.Ordinal)]))]);
        }

        // Kubelet probes. Istio rewrites them to its agent, which calls the app past these policies;
        // this rule keeps them working where the rewrite is turned off.
        string[] probePaths = [.. new[] { workload.Liveness.Path, workload.Readiness.Path }.Distinct().Order(StringComparer.Ordinal)];
        yield return new IstioAuthorizationRule(To: [new IstioRuleTo(new IstioOperation(["GET"], probePaths))]);
    }

    public static IstioAuthorizationRule AllowFrom(IEnumerable<string> principals) =>
        new(From: [new IstioRuleFrom(new IstioSource([.. principals.Order(StringComparer.Ordinal)]))]);

    /// <summary>An ALLOW policy of its own for <paramref name="workload"/>: policies add up, so a component can admit more callers.</summary>
    public static IstioAuthorizationPolicy AuthorizationPolicy(Cluster cluster, string name, Workload workload, IEnumerable<IstioAuthorizationRule> rules) => new(
        cluster.Metadata(name, workload.Name),
        new IstioAuthorizationPolicySpec("ALLOW", [.. rules], new IstioWorkloadSelector(cluster.Selector(workload.Name))));

    private static IstioSidecar Sidecar(Cluster cluster) => new(
        cluster.Metadata("default"),
        // Pods reach their own namespace, the control plane and the ServiceEntries below; nothing else.
        new IstioSidecarSpec([new IstioEgressListener(["./*", "istio-system/*"])], new IstioOutboundTrafficPolicy("REGISTRY_ONLY")));

    private static SortedSet<string> GoogleApiHosts(IReadOnlyList<Workload> workloads) =>
        new(workloads.SelectMany(workload => workload.GoogleApis).SelectMany(api => api.Api.Hosts), StringComparer.Ordinal);

    private static IstioServiceEntry GoogleApis(Cluster cluster, SortedSet<string> hosts) => new(
        cluster.Metadata("google-apis"),
        new IstioServiceEntrySpec(
            ExportTo: ThisNamespace,
            Hosts: [.. hosts.Append(GoogleTokenHost).Distinct().Order(StringComparer.Ordinal)],
            Location: "MESH_EXTERNAL",
            Ports: [new IstioPort("https", 443, "TLS")],
            Resolution: "DNS"));

    private static IstioServiceEntry MetadataServer(Cluster cluster) => new(
        cluster.Metadata("gke-metadata-server"),
        new IstioServiceEntrySpec(
            ExportTo: ThisNamespace,
            Hosts: ["metadata.google.internal"],
            Location: "MESH_EXTERNAL",
            Ports: [new IstioPort("http", 80, "HTTP")],
            Resolution: "STATIC",
            Addresses: [MetadataServerAddress],
            Endpoints: [new IstioWorkloadEntry(MetadataServerAddress)]));
}
