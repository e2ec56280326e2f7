namespace LeagueApp.Hosting.Kubernetes;

/// <summary>
/// The optional observability component: an OpenTelemetry Collector that takes the services' traces,
/// metrics and logs over OTLP and sends them to Cloud Trace, Google Cloud Managed Service for
/// Prometheus and Cloud Logging with its own Workload Identity (no keys); every service is pointed
/// at it; and a Grafana dashboard of the app's and the mesh's metrics.
/// </summary>
internal static class ObservabilityManifests
{
    public const string Folder = "components/observability";

    public const string CollectorName = "otel-collector";

    public const int OtlpGrpcPort = 4317;

    public const int OtlpHttpPort = 4318;

    /// <summary>Google Cloud Managed Service for Prometheus: PodMonitoring and friends.</summary>
    public const string MonitoringApiVersion = "monitoring.googleapis.com/v1";

    public static IEnumerable<ManifestFile> Create(Cluster cluster, IReadOnlyList<Workload> workloads)
    {
        var files = new List<ManifestFile>
        {
            new($"{Folder}/grafana-dashboard.yaml", new SortedMap
            {
                ["apiVersion"] = "v1",
                ["data"] = new SortedMap { [$"{cluster.AppName}.json"] = GrafanaDashboard.Json(cluster, workloads) },
                ["kind"] = "ConfigMap",
                ["metadata"] = DashboardMetadata(cluster),
            }),
        };
        files.AddRange(OpenTelemetryCollector.Create(cluster).Select(document =>
            new ManifestFile($"{Folder}/{CollectorName}-{((string)document["kind"]).ToLowerInvariant()}.yaml", document)));
        files.AddRange(workloads.Select(workload => PodTemplatePatch.Create(cluster, Folder, workload, new SortedMap
        {
            ["spec"] = new SortedMap
            {
                ["containers"] = new object[]
                {
                    new SortedMap { ["env"] = TelemetrySettings(cluster, workload), ["name"] = workload.Name },
                },
            },
        })));
        files.Add(Kustomizations.ComponentOf(Folder, files));
        return files;
    }

    /// <summary>Where a service sends its telemetry, and the resource attributes that tell its pods apart.</summary>
    private static object[] TelemetrySettings(Cluster cluster, Workload workload) =>
    [
        FieldReference("K8S_POD_NAME", "metadata.name"),
        FieldReference("K8S_NODE_NAME", "spec.nodeName"),
        Setting("OTEL_EXPORTER_OTLP_ENDPOINT", $"http://{CollectorName}:{OtlpGrpcPort}"),
        Setting("OTEL_EXPORTER_OTLP_PROTOCOL", "grpc"),
        Setting("OTEL_RESOURCE_ATTRIBUTES",
            $"service.namespace={cluster.AppName},k8s.namespace.name={cluster.Namespace},k8s.pod.name=$(K8S_POD_NAME),k8s.node.name=$(K8S_NODE_NAME),k8s.container.name={workload.Name}"),
        Setting("OTEL_SERVICE_NAME", workload.Name),
    ];

    private static SortedMap Setting(string name, string value) => new() { ["name"] = name, ["value"] = value };

    private static SortedMap FieldReference(string name, string fieldPath) => new()
    {
        ["name"] = name,
        ["valueFrom"] = new SortedMap { ["fieldRef"] = new SortedMap { ["fieldPath"] = fieldPath } },
    };

    private static SortedMap DashboardMetadata(Cluster cluster)
    {
        var metadata = cluster.Metadata($"{cluster.AppName}-grafana-dashboard");
        // The label that Grafana's dashboard sidecar (kube-prometheus-stack) looks for.
        ((SortedMap)metadata["labels"])["grafana_dashboard"] = "1";
        return metadata;
    }
}
