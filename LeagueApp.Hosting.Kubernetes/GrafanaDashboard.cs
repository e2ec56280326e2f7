using System.Text.Json;

namespace LeagueApp.Hosting.Kubernetes;

/// <summary>A Grafana dashboard of Istio's standard metrics for the workloads of the model.</summary>
internal static class GrafanaDashboard
{
    private const int PanelWidth = 12;
    private const int PanelHeight = 8;

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, NewLine = "\n" };

    public static string Json(Cluster cluster, IReadOnlyList<Workload> workloads)
    {
        var selector = $"reporter=\"destination\",destination_workload_namespace=\"{cluster.Namespace}\",destination_workload=~\"$workload\"";
        (string Title, string Unit, string Query)[] panels =
        [
            ("Requests per second", "reqps",
                $"sum by (destination_workload) (rate(istio_requests_total{{{selector}}}[$__rate_interval]))"),
            ("Errors (5xx) per second", "reqps",
                $"sum by (destination_workload) (rate(istio_requests_total{{{selector},response_code=~\"5..\"}}[$__rate_interval]))"),
            ("Latency p50", "ms", Quantile("0.5", selector)),
            ("Latency p99", "ms", Quantile("0.99", selector)),
        ];

        var dashboard = new SortedMap
        {
            ["editable"] = true,
            ["panels"] = panels.Select((panel, index) => (object)Panel(index, panel.Title, panel.Unit, panel.Query)).ToArray(),
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

    private static SortedMap Panel(int index, string title, string unit, string query) => new()
    {
        ["datasource"] = new SortedMap { ["type"] = "prometheus", ["uid"] = "${datasource}" },
        ["fieldConfig"] = new SortedMap { ["defaults"] = new SortedMap { ["unit"] = unit } },
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
            new SortedMap { ["expr"] = query, ["legendFormat"] = "{{destination_workload}}", ["refId"] = "A" },
        },
        ["title"] = title,
        ["type"] = "timeseries",
    };
}
