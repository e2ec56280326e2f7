using Aspire.Hosting.ApplicationModel;

namespace LeagueApp.Hosting.Kubernetes;

/// <summary>
/// The optional Istio component: ingress, traffic policy, STRICT mTLS, least-privilege authorization
/// and egress to Google APIs only. Who may call whom comes from the model's references.
/// </summary>
internal static class IstioManifests
{
    public const string Folder = "components/istio";

    private const string Networking = "networking.istio.io/v1";
    private const string Security = "security.istio.io/v1";
    private const int IngressPort = 80;
    private const int RetryAttempts = 2;

    // Connection-level failures and gateway errors: what a retry of a safe request can fix.
    private const string RetryOn = "connect-failure,refused-stream,reset,unavailable,cancelled,gateway-error";
    private const string SafeMethods = "^(GET|HEAD)$";

    // The key-file alternative trades its key for tokens here.
    private const string GoogleTokenHost = "oauth2.googleapis.com";

    public static IEnumerable<ManifestFile> Create(Cluster cluster, IReadOnlyList<Workload> workloads)
    {
        var files = new List<ManifestFile>
        {
            new($"{Folder}/gateway.yaml", Gateway(cluster)),
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
        // The app must not call Firestore (or the metadata server) before its sidecar can carry the request.
        files.AddRange(workloads.Select(workload => PodTemplatePatch.Annotations(cluster, Folder, workload,
            new SortedMap { ["proxy.istio.io/config"] = "{\"holdApplicationUntilProxyStarts\":true}" })));
        files.Add(Kustomizations.ComponentOf(Folder, files));
        return files;
    }

    private static SortedMap Gateway(Cluster cluster) => new()
    {
        ["apiVersion"] = Networking,
        ["kind"] = "Gateway",
        ["metadata"] = cluster.Metadata(cluster.GatewayName),
        ["spec"] = new SortedMap
        {
            ["selector"] = new SortedMap { ["istio"] = cluster.Options.IngressGatewaySelector },
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

    private static IEnumerable<SortedMap> VirtualServices(Cluster cluster, IReadOnlyList<Workload> workloads)
    {
        var routes = workloads.Where(workload => workload.IsExternal)
            .SelectMany(workload => IngressRoutes(cluster, workload))
            .ToArray<object>();
        if (routes.Length > 0)
        {
            yield return VirtualService(cluster.Metadata(cluster.AppName), new object[] { "*" }, routes, gateway: cluster.GatewayName);
        }

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

    private static IEnumerable<object> IngressRoutes(Cluster cluster, Workload workload)
    {
        var retried = new List<object>();
        var notRetried = new List<object>();
        foreach (var route in workload.Options.IngressRoutes)
        {
            var uri = new SortedMap
            {
                ["uri"] = new SortedMap { [route.Match == IngressPathMatch.Exact ? "exact" : "prefix"] = route.Path },
            };
            switch (route.Retries)
            {
                case IngressRetries.Always:
                    retried.Add(uri);
                    break;
                case IngressRetries.SafeMethodsOnly:
                    // The same path twice: safe methods match first and are retried, the rest fall through.
                    retried.Add(new SortedMap { ["method"] = new SortedMap { ["regex"] = SafeMethods }, ["uri"] = uri["uri"] });
                    notRetried.Add(uri);
                    break;
                default:
                    notRetried.Add(uri);
                    break;
            }
        }

        if (retried.Count > 0)
        {
            yield return Route(cluster, workload, retried, $"{workload.Name}-retried", retry: true);
        }

        if (notRetried.Count > 0)
        {
            yield return Route(cluster, workload, notRetried, $"{workload.Name}-not-retried", retry: false);
        }
    }

    private static SortedMap Route(Cluster cluster, Workload workload, IReadOnlyList<object> matches, string name, bool retry)
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

    private static SortedMap VirtualService(SortedMap metadata, object[] hosts, object[] http, string? gateway)
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
            yield return new SortedMap
            {
                ["apiVersion"] = Security,
                ["kind"] = "AuthorizationPolicy",
                ["metadata"] = cluster.Metadata(workload.Name, workload.Name),
                ["spec"] = new SortedMap
                {
                    ["action"] = "ALLOW",
                    ["rules"] = AuthorizationRules(cluster, workload).ToArray<object>(),
                    ["selector"] = new SortedMap { ["matchLabels"] = cluster.Selector(workload.Name) },
                },
            };
        }
    }

    private static IEnumerable<SortedMap> AuthorizationRules(Cluster cluster, Workload workload)
    {
        var principals = workload.Callers.Select(cluster.Principal).ToList();
        if (workload.IsExternal)
        {
            principals.Add(cluster.Options.IngressGatewayPrincipal);
        }

        if (principals.Count > 0)
        {
            yield return new SortedMap
            {
                ["from"] = new object[]
                {
                    new SortedMap { ["source"] = new SortedMap { ["principals"] = principals.Order(StringComparer.Ordinal).ToArray<object>() } },
                },
            };
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
