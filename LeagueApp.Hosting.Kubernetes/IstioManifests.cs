using Aspire.Hosting.ApplicationModel;

namespace LeagueApp.Hosting.Kubernetes;

/// <summary>
/// The optional Istio component: ingress, traffic policy, STRICT mTLS, least-privilege authorization
/// and egress to Google APIs only. Who may call whom comes from the model's references.
/// </summary>
internal static class IstioManifests
{
    public const string Folder = "components/istio";

    public const string Networking = "networking.istio.io/v1";
    public const string SafeMethods = "^(GET|HEAD)$";
    private const string Security = "security.istio.io/v1";
    private const int RetryAttempts = 2;

    // Connection-level failures and gateway errors: what a retry of a safe request can fix.
    private const string RetryOn = "connect-failure,refused-stream,reset,unavailable,cancelled,gateway-error";

    // Istio's agent serves the sidecar's request metrics here.
    private const int SidecarMetricsPort = 15020;
    private const string SidecarMetricsPath = "/stats/prometheus";

    // The key-file alternative trades its key for tokens here.
    private const string GoogleTokenHost = "oauth2.googleapis.com";

    public static IEnumerable<ManifestFile> Create(Cluster cluster, IReadOnlyList<Workload> workloads)
    {
        var files = new List<ManifestFile>
        {
            new($"{Folder}/virtualservices.yaml", VirtualServices(cluster, workloads).ToList()),
            new($"{Folder}/destinationrules.yaml", workloads.Select(workload => DestinationRule(cluster, workload)).ToList()),
            new($"{Folder}/peerauthentication.yaml", PeerAuthentication(cluster)),
            new($"{Folder}/authorizationpolicies.yaml", AuthorizationPolicies(cluster, workloads).ToList()),
            new($"{Folder}/sidecar.yaml", Sidecar(cluster)),
        };
        var googleHosts = GoogleApiHosts(workloads);
        if (googleHosts.Count > 0)
        {
            files.Add(new($"{Folder}/serviceentries.yaml", [GoogleApis(cluster, googleHosts), MetadataServer(cluster)]));
        }

        files.Add(new($"{Folder}/patches/namespace.yaml", new SortedMap
        {
            ["apiVersion"] = "v1",
            ["kind"] = "Namespace",
            ["metadata"] = new SortedMap { ["labels"] = new SortedMap { ["istio-injection"] = "enabled" }, ["name"] = cluster.Namespace },
        }));
        files.Add(new($"{Folder}/podmonitoring.yaml", SidecarMetrics(cluster)));
        files.AddRange(workloads.Select(workload => PodTemplatePatch.Annotations(cluster, Folder, workload, SidecarAnnotations(workload))));
        files.Add(Kustomizations.ComponentOf(Folder, files));
        return files;
    }

    private static SortedMap SidecarAnnotations(Workload workload) => new()
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
    private static SortedMap SidecarMetrics(Cluster cluster) => new()
    {
        ["apiVersion"] = ObservabilityManifests.MonitoringApiVersion,
        ["kind"] = "PodMonitoring",
        ["metadata"] = cluster.Metadata("istio-sidecars"),
        ["spec"] = new SortedMap
        {
            ["endpoints"] = new object[]
            {
                new SortedMap { ["interval"] = "30s", ["path"] = SidecarMetricsPath, ["port"] = SidecarMetricsPort },
            },
            ["selector"] = new SortedMap { ["matchLabels"] = new SortedMap { [Cluster.PartOfLabel] = cluster.AppName } },
        },
    };

    private static IEnumerable<SortedMap> VirtualServices(Cluster cluster, IReadOnlyList<Workload> workloads)
    {
        // Calls inside the mesh: reads may be retried, writes never (the caller decides).
        foreach (var workload in workloads.Where(workload => workload.Callers.Count > 0))
        {
            object[] http =
            [
                Route(cluster, workload, [new SortedMap { ["method"] = new SortedMap { ["regex"] = SafeMethods } }], "safe-methods", retry: true),
                Route(cluster, workload, [], "other-methods", retry: false),
            ];
            yield return VirtualService(cluster.Metadata(workload.Name, workload.Name), new object[] { cluster.Fqdn(workload.Name) }, http, gateway: null);
        }
    }

    internal static SortedMap Route(Cluster cluster, Workload workload, IReadOnlyList<object> matches, string name, bool retry)
    {
        var route = new SortedMap
        {
            ["name"] = name,
            ["retries"] = retry
                ? new SortedMap
                {
                    ["attempts"] = RetryAttempts,
                    ["perTryTimeout"] = Durations.Format(workload.Options.RetryAttemptTimeout),
                    ["retryOn"] = RetryOn,
                }
                // Istio retries every request twice unless told otherwise; a write must run once.
                : new SortedMap { ["attempts"] = 0 },
            ["route"] = new object[]
            {
                new SortedMap
                {
                    ["destination"] = new SortedMap
                    {
                        ["host"] = cluster.Fqdn(workload.Name),
                        ["port"] = new SortedMap { ["number"] = workload.ServicePort },
                    },
                },
            },
            ["timeout"] = Durations.Format(workload.Options.RequestTimeout),
        };
        if (matches.Count > 0)
        {
            route["match"] = matches.ToArray();
        }

        return route;
    }

    internal static SortedMap VirtualService(SortedMap metadata, object[] hosts, object[] http, string? gateway)
    {
        var spec = new SortedMap { ["exportTo"] = new object[] { "." }, ["hosts"] = hosts, ["http"] = http };
        if (gateway is not null)
        {
            spec["gateways"] = new object[] { gateway };
        }

        return new SortedMap
        {
            ["apiVersion"] = Networking,
            ["kind"] = "VirtualService",
            ["metadata"] = metadata,
            ["spec"] = spec,
        };
    }

    private static SortedMap DestinationRule(Cluster cluster, Workload workload) => new()
    {
        ["apiVersion"] = Networking,
        ["kind"] = "DestinationRule",
        ["metadata"] = cluster.Metadata(workload.Name, workload.Name),
        ["spec"] = new SortedMap
        {
            ["exportTo"] = new object[] { "." },
            ["host"] = cluster.Fqdn(workload.Name),
            ["trafficPolicy"] = new SortedMap
            {
                ["connectionPool"] = new SortedMap
                {
                    ["http"] = new SortedMap
                    {
                        ["http1MaxPendingRequests"] = workload.Options.MaxConnections,
                        ["http2MaxRequests"] = workload.Options.MaxConnections,
                        ["idleTimeout"] = "60s",
                    },
                    ["tcp"] = new SortedMap { ["connectTimeout"] = "2s", ["maxConnections"] = workload.Options.MaxConnections },
                },
                // A pod that keeps failing leaves the pool for a while; at most half of them, so that a
                // shared cause (Firestore down) cannot eject every pod.
                ["outlierDetection"] = new SortedMap
                {
                    ["baseEjectionTime"] = "30s",
                    ["consecutive5xxErrors"] = 5,
                    ["interval"] = "10s",
                    ["maxEjectionPercent"] = 50,
                },
                ["tls"] = new SortedMap { ["mode"] = "ISTIO_MUTUAL" },
            },
        },
    };

    private static SortedMap PeerAuthentication(Cluster cluster) => new()
    {
        ["apiVersion"] = Security,
        ["kind"] = "PeerAuthentication",
        ["metadata"] = cluster.Metadata("default"),
        ["spec"] = new SortedMap { ["mtls"] = new SortedMap { ["mode"] = "STRICT" } },
    };

    private static IEnumerable<SortedMap> AuthorizationPolicies(Cluster cluster, IReadOnlyList<Workload> workloads)
    {
        // An ALLOW policy without rules matches nothing: whatever no other policy allows is denied.
        yield return new SortedMap
        {
            ["apiVersion"] = Security,
            ["kind"] = "AuthorizationPolicy",
            ["metadata"] = cluster.Metadata("allow-nothing"),
            ["spec"] = new SortedMap(),
        };
        foreach (var workload in workloads)
        {
            yield return AuthorizationPolicy(cluster, workload.Name, workload, AuthorizationRules(cluster, workload));
        }
    }

    private static IEnumerable<SortedMap> AuthorizationRules(Cluster cluster, Workload workload)
    {
        // The ingress gateway's own policy, which comes with the ingress component, admits it to public services.
        if (workload.Callers.Count > 0)
        {
            yield return AllowFrom(workload.Callers.Select(cluster.Principal));
        }

        // Kubelet probes. Istio rewrites them to its agent, which calls the app past these policies;
        // this rule keeps them working where the rewrite is turned off.
        yield return new SortedMap
        {
            ["to"] = new object[]
            {
                new SortedMap
                {
                    ["operation"] = new SortedMap
                    {
                        ["methods"] = new object[] { "GET" },
                        ["paths"] = new[] { workload.Liveness.Path, workload.Readiness.Path }.Distinct().Order(StringComparer.Ordinal).ToArray<object>(),
                    },
                },
            },
        };
    }

    public static SortedMap AllowFrom(IEnumerable<string> principals) => new()
    {
        ["from"] = new object[]
        {
            new SortedMap { ["source"] = new SortedMap { ["principals"] = principals.Order(StringComparer.Ordinal).ToArray<object>() } },
        },
    };

    /// <summary>An ALLOW policy of its own for <paramref name="workload"/>: policies add up, so a component can admit more callers.</summary>
    public static SortedMap AuthorizationPolicy(Cluster cluster, string name, Workload workload, IEnumerable<SortedMap> rules) => new()
    {
        ["apiVersion"] = Security,
        ["kind"] = "AuthorizationPolicy",
        ["metadata"] = cluster.Metadata(name, workload.Name),
        ["spec"] = new SortedMap
        {
            ["action"] = "ALLOW",
            ["rules"] = rules.ToArray<object>(),
            ["selector"] = new SortedMap { ["matchLabels"] = cluster.Selector(workload.Name) },
        },
    };

    private static SortedMap Sidecar(Cluster cluster) => new()
    {
        ["apiVersion"] = Networking,
        ["kind"] = "Sidecar",
        ["metadata"] = cluster.Metadata("default"),
        ["spec"] = new SortedMap
        {
            // Pods reach their own namespace, the control plane and the ServiceEntries below; nothing else.
            ["egress"] = new object[] { new SortedMap { ["hosts"] = new object[] { "./*", "istio-system/*" } } },
            ["outboundTrafficPolicy"] = new SortedMap { ["mode"] = "REGISTRY_ONLY" },
        },
    };

    private static SortedSet<string> GoogleApiHosts(IReadOnlyList<Workload> workloads) =>
        new(workloads.SelectMany(workload => workload.GoogleApis).SelectMany(api => api.Api.Hosts), StringComparer.Ordinal);

    private static SortedMap GoogleApis(Cluster cluster, SortedSet<string> hosts) => new()
    {
        ["apiVersion"] = Networking,
        ["kind"] = "ServiceEntry",
        ["metadata"] = cluster.Metadata("google-apis"),
        ["spec"] = new SortedMap
        {
            ["exportTo"] = new object[] { "." },
            ["hosts"] = hosts.Append(GoogleTokenHost).Distinct().Order(StringComparer.Ordinal).ToArray<object>(),
            ["location"] = "MESH_EXTERNAL",
            ["ports"] = new object[] { new SortedMap { ["name"] = "https", ["number"] = 443, ["protocol"] = "TLS" } },
            ["resolution"] = "DNS",
        },
    };

    // Workload Identity hands out tokens from the GKE metadata server at this link-local address.
    private static SortedMap MetadataServer(Cluster cluster) => new()
    {
        ["apiVersion"] = Networking,
        ["kind"] = "ServiceEntry",
        ["metadata"] = cluster.Metadata("gke-metadata-server"),
        ["spec"] = new SortedMap
        {
            ["addresses"] = new object[] { "169.254.169.254" },
            ["endpoints"] = new object[] { new SortedMap { ["address"] = "169.254.169.254" } },
            ["exportTo"] = new object[] { "." },
            ["hosts"] = new object[] { "metadata.google.internal" },
            ["location"] = "MESH_EXTERNAL",
            ["ports"] = new object[] { new SortedMap { ["name"] = "http", ["number"] = 80, ["protocol"] = "HTTP" } },
            ["resolution"] = "STATIC",
        },
    };
}
