namespace LeagueApp.Hosting.Kubernetes;

/// <summary>
/// The optional observability component: Prometheus scrapes each pod, and Grafana gets a dashboard of
/// request rate, errors and latency per service. The numbers are Istio's standard metrics, which the
/// sidecar serves on its agent port, so this component needs the Istio one.
/// </summary>
internal static class ObservabilityManifests
{
    public const string Folder = "components/observability";

    // Istio's agent serves the sidecar's metrics (merged with the app's, if it had any) here.
    private const string MetricsPort = "15020";
    private const string MetricsPath = "/stats/prometheus";

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
        files.AddRange(workloads.Select(workload => PodTemplatePatch.Annotations(cluster, Folder, workload, new SortedMap
        {
            ["prometheus.io/path"] = MetricsPath,
            ["prometheus.io/port"] = MetricsPort,
            ["prometheus.io/scrape"] = "true",
        })));
        files.Add(Kustomizations.ComponentOf(Folder, files));
        return files;
    }

    private static SortedMap DashboardMetadata(Cluster cluster)
    {
        var metadata = cluster.Metadata($"{cluster.AppName}-grafana-dashboard");
        // The label that Grafana's dashboard sidecar (kube-prometheus-stack) looks for.
        ((SortedMap)metadata["labels"])["grafana_dashboard"] = "1";
        return metadata;
    }
}
