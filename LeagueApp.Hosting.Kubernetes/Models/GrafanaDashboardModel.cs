namespace LeagueApp.Hosting.Kubernetes;

/// <summary>The parts of Grafana's dashboard JSON model that the generated dashboard sets.</summary>
internal sealed record GrafanaDashboardModel(
    bool Editable,
    IReadOnlyList<GrafanaPanel> Panels,
    int SchemaVersion,
    IReadOnlyList<string> Tags,
    GrafanaTemplating Templating,
    GrafanaTimeRange Time,
    string Title,
    string Uid);

internal sealed record GrafanaPanel(
    GrafanaDataSource Datasource,
    GrafanaFieldConfig FieldConfig,
    GrafanaGridPosition GridPos,
    int Id,
    IReadOnlyList<GrafanaTarget> Targets,
    string Title,
    string Type);

internal sealed record GrafanaDataSource(string Type, string Uid);

internal sealed record GrafanaFieldConfig(GrafanaFieldDefaults Defaults);

internal sealed record GrafanaFieldDefaults(string Unit);

internal sealed record GrafanaGridPosition(int H, int W, int X, int Y);

internal sealed record GrafanaTarget(string Expr, string LegendFormat, string RefId);

internal sealed record GrafanaTemplating(IReadOnlyList<GrafanaVariable> List);

/// <param name="IncludeAll">Offers "All"; only for a custom variable.</param>
/// <param name="Multi">Allows several values; only for a custom variable.</param>
internal sealed record GrafanaVariable(string Name, string Query, string Type, bool? IncludeAll = null, bool? Multi = null);

internal sealed record GrafanaTimeRange(string From, string To);
