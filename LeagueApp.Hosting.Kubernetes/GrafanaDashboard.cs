using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace LeagueApp.Hosting.Kubernetes;

/// <summary>A Grafana dashboard for the workloads of the model: Istio's request metrics and the app's own.</summary>
internal static class GrafanaDashboard
{
    private const int PanelWidth = 12;
    private const int PanelHeight = 8;

    // Keys in ordinal order, as in the manifests, whatever order the records declare them in.
    private static readonly JsonSerializerOptions Indented = new()
    {
        WriteIndented = true,
        NewLine = "\n",
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { OrderPropertiesOrdinally } },
    };

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

        var dashboard = new GrafanaDashboardModel(
            Editable: true,
            Panels: [.. panels.Select((panel, index) => Panel(index, panel.Title, panel.Unit, panel.Query, panel.Legend))],
            SchemaVersion: 39,
            Tags: [cluster.AppName],
            Templating: new GrafanaTemplating(
            [
                new GrafanaVariable("datasource", "prometheus", "datasource"),
                new GrafanaVariable("workload", string.Join(",", workloads.Select(workload => workload.Name)), "custom", IncludeAll: true, Multi: true),
            ]),
            Time: new GrafanaTimeRange("now-1h", "now"),
            Title: $"{cluster.AppName} services",
            Uid: cluster.AppName);
        return JsonSerializer.Serialize(dashboard, Indented) + "\n";
    }

    private static string Quantile(string quantile, string selector) =>
        $"histogram_quantile({quantile}, sum by (le, destination_workload) (rate(istio_request_duration_milliseconds_bucket{{{selector}}}[$__rate_interval])))";

    private static GrafanaPanel Panel(int index, string title, string unit, string query, string legend) => new(
        Datasource: new GrafanaDataSource("prometheus", "${datasource}"),
        FieldConfig: new GrafanaFieldConfig(new GrafanaFieldDefaults(unit)),
        GridPos: new GrafanaGridPosition(H: PanelHeight, W: PanelWidth, X: index % 2 * PanelWidth, Y: index / 2 * PanelHeight),
        Id: index + 1,
        Targets: [new GrafanaTarget(query, legend, "A")],
        Title: title,
        Type: "timeseries");

    private static void OrderPropertiesOrdinally(JsonTypeInfo type)
    {
        var order = 0;
        foreach (var property in type.Properties.OrderBy(property => property.Name, StringComparer.Ordinal))
        {
            property.Order = order++;
        }
    }
}
