namespace LeagueApp.Hosting.Kubernetes;

/// <summary>
/// The OpenTelemetry Collector of the observability component. It runs outside the mesh (no sidecar),
/// so that the component works with or without Istio; its NetworkPolicy admits only the app's pods.
/// </summary>
internal static class OpenTelemetryCollector
{
    // The Collector's contrib distribution: it has the Google Cloud exporters and the GCP resource detector.
    public const string Image = "otel/opentelemetry-collector-contrib:0.159.0";

    public const string ConfigFileName = "config.yaml";

    private const int HealthPort = 13133;
    private const int Replicas = 2;
    private const int CollectorUserId = 10001;

    public static IEnumerable<SortedMap> Create(Cluster cluster)
    {
        var name = ObservabilityManifests.CollectorName;
        yield return ServiceAccount(cluster, name);
        yield return new SortedMap
        {
            ["apiVersion"] = "v1",
            ["data"] = new SortedMap { [ConfigFileName] = ManifestYaml.Write(Config()) },
            ["kind"] = "ConfigMap",
            ["metadata"] = cluster.Metadata(name, name),
        };
        yield return Deployment(cluster, name);
        yield return new SortedMap
        {
            ["apiVersion"] = "v1",
            ["kind"] = "Service",
            ["metadata"] = cluster.Metadata(name, name),
            ["spec"] = new SortedMap
            {
                ["ports"] = new object[]
                {
                    Port("otlp-grpc", ObservabilityManifests.OtlpGrpcPort, "grpc"),
                    Port("otlp-http", ObservabilityManifests.OtlpHttpPort, "http"),
                },
                ["selector"] = cluster.Selector(name),
                ["type"] = "ClusterIP",
            },
        };
        yield return new SortedMap
        {
            ["apiVersion"] = "policy/v1",
            ["kind"] = "PodDisruptionBudget",
            ["metadata"] = cluster.Metadata(name, name),
            ["spec"] = new SortedMap
            {
                ["maxUnavailable"] = 1,
                ["selector"] = new SortedMap { ["matchLabels"] = cluster.Selector(name) },
            },
        };
        yield return NetworkPolicy(cluster, name);
    }

    /// <summary>
    /// OTLP in; traces to Cloud Trace, metrics to Managed Prometheus, logs to Cloud Logging. The GCP
    /// detector adds the project, cluster and zone that the exporters need; the project's credentials
    /// come from Workload Identity.
    /// </summary>
    public static SortedMap Config()
    {
        string[] processors = ["memory_limiter", "resourcedetection", "batch"];
        SortedMap Pipeline(string exporter) => new()
        {
            ["exporters"] = new object[] { exporter },
            ["processors"] = processors.ToArray<object>(),
            ["receivers"] = new object[] { "otlp" },
        };

        return new SortedMap
        {
            ["exporters"] = new SortedMap
            {
                ["googlecloud"] = new SortedMap { ["log"] = new SortedMap { ["default_log_name"] = "opentelemetry-collector" } },
                ["googlemanagedprometheus"] = new SortedMap(),
            },
            ["extensions"] = new SortedMap
            {
                ["health_check"] = new SortedMap { ["endpoint"] = $"0.0.0.0:{HealthPort}" },
            },
            ["processors"] = new SortedMap
            {
                ["batch"] = new SortedMap { ["send_batch_max_size"] = 200, ["send_batch_size"] = 200, ["timeout"] = "5s" },
                // Refuses data (the services retry) rather than let the pod run out of memory.
                ["memory_limiter"] = new SortedMap { ["check_interval"] = "1s", ["limit_percentage"] = 65, ["spike_limit_percentage"] = 20 },
                ["resourcedetection"] = new SortedMap { ["detectors"] = new object[] { "env", "gcp" }, ["timeout"] = "10s" },
            },
            ["receivers"] = new SortedMap
            {
                ["otlp"] = new SortedMap
                {
                    ["protocols"] = new SortedMap
                    {
                        ["grpc"] = new SortedMap { ["endpoint"] = $"0.0.0.0:{ObservabilityManifests.OtlpGrpcPort}" },
                        ["http"] = new SortedMap { ["endpoint"] = $"0.0.0.0:{ObservabilityManifests.OtlpHttpPort}" },
                    },
                },
            },
            ["service"] = new SortedMap
            {
                ["extensions"] = new object[] { "health_check" },
                ["pipelines"] = new SortedMap
                {
                    ["logs"] = Pipeline("googlecloud"),
                    ["metrics"] = Pipeline("googlemanagedprometheus"),
                    ["traces"] = Pipeline("googlecloud"),
                },
            },
        };
    }

    private static SortedMap ServiceAccount(Cluster cluster, string name)
    {
        var metadata = cluster.Metadata(name, name);
        if (!string.IsNullOrWhiteSpace(cluster.Options.GcpProjectId))
        {
            // Workload Identity: writes to Cloud Trace, Monitoring and Logging as its own Google service account.
            metadata["annotations"] = new SortedMap { [Cluster.WorkloadIdentityAnnotation] = cluster.GoogleServiceAccount(name) };
        }

        return new SortedMap
        {
            ["apiVersion"] = "v1",
            ["automountServiceAccountToken"] = false,
            ["kind"] = "ServiceAccount",
            ["metadata"] = metadata,
        };
    }

    private static SortedMap Deployment(Cluster cluster, string name)
    {
        var probe = new SortedMap
        {
            ["httpGet"] = new SortedMap { ["path"] = "/", ["port"] = "health" },
            ["periodSeconds"] = 10,
        };
        var container = new SortedMap
        {
            ["args"] = new object[] { $"--config=/conf/{ConfigFileName}" },
            ["image"] = Image,
            ["imagePullPolicy"] = "IfNotPresent",
            // GOMEMLIMIT keeps the Go runtime under the container's limit; the memory limiter acts first.
            ["env"] = new object[] { new SortedMap { ["name"] = "GOMEMLIMIT", ["value"] = "320MiB" } },
            ["livenessProbe"] = probe,
            ["name"] = name,
            ["ports"] = new object[]
            {
                ContainerPort("otlp-grpc", ObservabilityManifests.OtlpGrpcPort),
                ContainerPort("otlp-http", ObservabilityManifests.OtlpHttpPort),
                ContainerPort("health", HealthPort),
            },
            ["readinessProbe"] = probe,
            ["resources"] = new SortedMap
            {
                ["limits"] = new SortedMap { ["cpu"] = "500m", ["memory"] = "400Mi" },
                ["requests"] = new SortedMap { ["cpu"] = "100m", ["memory"] = "200Mi" },
            },
            ["securityContext"] = new SortedMap
            {
                ["allowPrivilegeEscalation"] = false,
                ["capabilities"] = new SortedMap { ["drop"] = new object[] { "ALL" } },
                ["privileged"] = false,
                ["readOnlyRootFilesystem"] = true,
                ["runAsNonRoot"] = true,
            },
            ["volumeMounts"] = new object[] { new SortedMap { ["mountPath"] = "/conf", ["name"] = "config", ["readOnly"] = true } },
        };
        return new SortedMap
        {
            ["apiVersion"] = "apps/v1",
            ["kind"] = "Deployment",
            ["metadata"] = cluster.Metadata(name, name),
            ["spec"] = new SortedMap
            {
                ["replicas"] = Replicas,
                ["selector"] = new SortedMap { ["matchLabels"] = cluster.Selector(name) },
                ["template"] = new SortedMap
                {
                    ["metadata"] = new SortedMap
                    {
                        ["annotations"] = new SortedMap { ["sidecar.istio.io/inject"] = "false" },
                        ["labels"] = cluster.Labels(name),
                    },
                    ["spec"] = new SortedMap
                    {
                        ["automountServiceAccountToken"] = false,
                        ["containers"] = new object[] { container },
                        ["securityContext"] = new SortedMap
                        {
                            ["runAsGroup"] = CollectorUserId,
                            ["runAsNonRoot"] = true,
                            ["runAsUser"] = CollectorUserId,
                            ["seccompProfile"] = new SortedMap { ["type"] = "RuntimeDefault" },
                        },
                        ["serviceAccountName"] = name,
                        ["volumes"] = new object[]
                        {
                            new SortedMap { ["configMap"] = new SortedMap { ["name"] = name }, ["name"] = "config" },
                        },
                    },
                },
            },
        };
    }

    // The app's pods send telemetry here; the collector sends it on to Google APIs only.
    private static SortedMap NetworkPolicy(Cluster cluster, string name) => new()
    {
        ["apiVersion"] = NetworkPolicyManifests.ApiVersion,
        ["kind"] = "NetworkPolicy",
        ["metadata"] = cluster.Metadata(name, name),
        ["spec"] = new SortedMap
        {
            ["egress"] = NetworkPolicyManifests.GoogleApis().ToArray<object>(),
            ["ingress"] = new object[]
            {
                new SortedMap
                {
                    ["from"] = new object[] { new SortedMap { ["podSelector"] = new SortedMap { ["matchLabels"] = new SortedMap { [Cluster.PartOfLabel] = cluster.AppName } } } },
                    ["ports"] = NetworkPolicyManifests.TcpPorts(ObservabilityManifests.OtlpGrpcPort, ObservabilityManifests.OtlpHttpPort),
                },
            },
            ["podSelector"] = new SortedMap { ["matchLabels"] = cluster.Selector(name) },
            ["policyTypes"] = new object[] { "Ingress", "Egress" },
        },
    };

    private static SortedMap Port(string name, int port, string appProtocol) => new()
    {
        ["appProtocol"] = appProtocol,
        ["name"] = name,
        ["port"] = port,
        ["protocol"] = "TCP",
        ["targetPort"] = name,
    };

    private static SortedMap ContainerPort(string name, int port) => new() { ["containerPort"] = port, ["name"] = name, ["protocol"] = "TCP" };
}
