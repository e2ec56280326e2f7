using System.Text.Json;

namespace LeagueApp.Hosting.Kubernetes;

/// <summary>A Grafana dashboard for the workloads of the model: Istio's request metrics and the app's own.</summary>
internal static class GrafanaDashboard
{
    private const int PanelWidth = 12;
    private const int PanelHeight = 8;

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, NewLine = "\n" };

    public static string Json(Cluster cluster, IReadOnlyList<Workload> workloads)
    {
        var selector = $"reporter=\"destination\",destination_workload_namespace=\"{cluster.Namespace}\",destination_workload=~\"$workload\"";
        // The app's own metrics arrive through the collector; Managed Prometheus names each service's
        // series with job="{service.namespace}/{service.name}".
        var app = $"namespace=\"{cluster.Namespace}\",job=~\"{cluster.AppName}/($workload)\"";
        const string Rate = "[$__rate_interval]";
        (string Title, string Unit, string Query, string Legend)[] panels =
        [
            ("Requests per second", "reqps",
                $"sum by (destination_workload) (rate(istio_requests_total{{{selector}}}{Rate}))", "{{destination_workload}}"),
            ("Errors (5xx) per second", "reqps",
                $"sum by (destination_workload) (rate(istio_requests_total{{{selector},response_code=~\"5..\"}}{Rate}))", "{{destination_workload}}"),
            ("Latency p50", "ms", Quantile("0.5", selector), "{{destination_workload}}"),
            ("Latency p99", "ms", Quantile("0.99", selector), "{{destination_workload}}"),
            ("Request duration p99 by route", "s",
                $"histogram_quantile(0.99, sum by (le, job, http_route) (rate(http_server_request_duration_seconds_bucket{{{app}}}{Rate})))", "{{job}} {{http_route}}"),
            ("Firestore calls per second by status", "reqps",
                $"sum by (job, http_response_status_code) (rate(http_client_request_duration_seconds_count{{{app},server_address=~\"firestore.*\"}}{Rate}))",
                "{{job}} {{http_response_status_code}}"),
            ("Transfers per second by outcome", "reqps",
                $"sum by (leagueapp_transfer_outcome) (rate(leagueapp_transfers_total{{{app}}}{Rate}))", "{{leagueapp_transfer_outcome}}"),
            ("Read cache hit ratio", "percentunit",
                $"1 - sum by (job) (rate(leagueapp_cache_misses_total{{{app}}}{Rate})) / sum by (job) (rate(leagueapp_cache_lookups_total{{{app}}}{Rate}))", "{{job}}"),
        ];

        var dashboard = new SortedMap
        {
            ["editable"] = true,
            ["panels"] = panels.Select((panel, index) => (object)Panel(index, panel)).ToArray(),
            ["schemaVersion"] = 39,
            ["tags"] = new object[] { cluster.AppName },
            ["templating"] = new SortedMap
            {
                ["list"] = new object[]
                {
                    new SortedMap { ["name"] = "datasource", ["query"] = "prometheus", ["type"] = "datasource" },
                    new SortedMap
                    {
                        ["includeAll"] = true,
                        ["multi"] = true,
                        ["name"] = "workload",
                        ["query"] = string.Join(",", workloads.Select(workload => workload.Name)),
                        ["type"] = "custom",
                    },
                },
            },
            ["time"] = new SortedMap { ["from"] = "now-1h", ["to"] = "now" },
            ["title"] = $"{cluster.AppName} services",
            ["uid"] = cluster.AppName,
        };
        return JsonSerializer.Serialize(dashboard, Indented) + "\n";
    }

    private static string Quantile(string quantile, string selector) =>
        $"histogram_quantile({quantile}, sum by (le, destination_workload) (rate(istio_request_duration_milliseconds_bucket{{{selector}}}[$__rate_interval])))";

    private static SortedMap Panel(int index, (string Title, string Unit, string Query, string Legend) panel) => new()
    {
        ["datasource"] = new SortedMap { ["type"] = "prometheus", ["uid"] = "${datasource}" },
        ["fieldConfig"] = new SortedMap { ["defaults"] = new SortedMap { ["unit"] = panel.Unit } },
        ["gridPos"] = new SortedMap
        {
            ["h"] = PanelHeight,
            ["w"] = PanelWidth,
            ["x"] = index % 2 * PanelWidth,
            ["y"] = index / 2 * PanelHeight,
        },
        ["id"] = index + 1,
        ["targets"] = new object[]
        {
            new SortedMap { ["expr"] = panel.Query, ["legendFormat"] = panel.Legend, ["refId"] = "A" },
        },
        ["title"] = panel.Title,
        ["type"] = "timeseries",
    };
}
