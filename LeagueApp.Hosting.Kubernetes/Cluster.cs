using Aspire.Hosting.ApplicationModel;

namespace LeagueApp.Hosting.Kubernetes;

/// <summary>Names and shared metadata of the objects in one environment.</summary>
internal sealed record Cluster(string AppName, string Namespace, KubernetesEnvironmentOptions Options)
{
    public const string NameLabel = "app.kubernetes.io/name";
    public const string PartOfLabel = "app.kubernetes.io/part-of";

    public static Cluster Of(KubernetesEnvironmentResource environment) =>
        new(environment.Name, environment.Namespace, environment.Options);

    public string GatewayName => $"{AppName}-gateway";

    public string Fqdn(string service) => $"{service}.{Namespace}.svc.cluster.local";

    public string Principal(string serviceAccount) => $"{Options.TrustDomain}/ns/{Namespace}/sa/{serviceAccount}";

    public string Image(Workload workload) => $"{Options.ImageRegistry}/{workload.Name}:{Options.ImageTag}";

    public string GoogleServiceAccount(Workload workload) =>
        $"{AppName}-{workload.Name}@{Options.GcpProjectId}.iam.gserviceaccount.com";

    public SortedMap Labels(string? workload = null)
    {
        var labels = new SortedMap { [PartOfLabel] = AppName };
        if (workload is not null)
        {
            labels[NameLabel] = workload;
        }

        return labels;
    }

    public SortedMap Selector(string workload) => new() { [NameLabel] = workload };

    public SortedMap Metadata(string name, string? workload = null) => new()
    {
        ["labels"] = Labels(workload),
        ["name"] = name,
        ["namespace"] = Namespace,
    };
}
