using k8s.Models;

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

    public static IEnumerable<ManifestFile> Create(Cluster cluster, IReadOnlyList<Workload> workloads)
    {
        var files = new List<ManifestFile>
        {
            new($"{Folder}/grafana-dashboard.yaml", new V1ConfigMap
            {
                Data = new Dictionary<string, string> { [$"{cluster.AppName}.json"] = GrafanaDashboard.Json(cluster, workloads) },
                Metadata = DashboardMetadata(cluster),
            }.WithTypeMeta()),
        };
        files.AddRange(OpenTelemetryCollector.Create(cluster).Select(document =>
            new ManifestFile($"{Folder}/{CollectorName}-{document.Kind.ToLowerInvariant()}.yaml", document)));
        files.AddRange(workloads.Select(workload => PodTemplatePatch.Containers(cluster, Folder, workload,
            new V1Container { Env = TelemetrySettings(cluster, workload), Name = workload.Name })));
        files.Add(Kustomizations.ComponentOf(Folder, files));
        return files;
    }

    /// <summary>Where a service sends its telemetry, and the resource attributes that tell its pods apart.</summary>
    private static List<V1EnvVar> TelemetrySettings(Cluster cluster, Workload workload) =>
    [
        FieldReference("K8S_POD_NAME", "metadata.name"),
        FieldReference("K8S_NODE_NAME", "spec.nodeName"),
        Setting("OTEL_EXPORTER_OTLP_ENDPOINT", $"http://{CollectorName}:{OtlpGrpcPort}"),
        Setting("OTEL_EXPORTER_OTLP_PROTOCOL", "grpc"),
        Setting("OTEL_RESOURCE_ATTRIBUTES",
            $"service.namespace={cluster.AppName},k8s.namespace.name={cluster.Namespace},k8s.pod.name=$(K8S_POD_NAME),k8s.node.name=$(K8S_NODE_NAME),k8s.container.name={workload.Name}"),
        Setting("OTEL_SERVICE_NAME", workload.Name),
    ];

    public static V1EnvVar Setting(string name, string value) => new() { Name = name, Value = value };

    public static V1EnvVar FieldReference(string name, string fieldPath) =>
        new() { Name = name, ValueFrom = new V1EnvVarSource { FieldRef = new V1ObjectFieldSelector { FieldPath = fieldPath } } };

    private static V1ObjectMeta DashboardMetadata(Cluster cluster)
    {
        var metadata = cluster.Metadata($"{cluster.AppName}-grafana-dashboard");
        // The label that Grafana's dashboard sidecar (kube-prometheus-stack) looks for.
        metadata.Labels["grafana_dashboard"] = "1";
        return metadata;
    }
}
