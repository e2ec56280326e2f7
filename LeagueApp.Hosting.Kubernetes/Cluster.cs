using k8s.Models;

namespace LeagueApp.Hosting.Kubernetes;

/// <summary>Names and shared metadata of the objects in one environment.</summary>
internal sealed record Cluster(string AppName, string Namespace, GkeEnvironmentOptions Options)
{
    public const string NameLabel = "app.kubernetes.io/name";
    public const string PartOfLabel = "app.kubernetes.io/part-of";
    public const string WorkloadIdentityAnnotation = "iam.gke.io/gcp-service-account";

    public static Cluster Of(GkeEnvironmentResource environment) =>
        new(environment.Name, environment.Namespace, environment.Options);

    public string GatewayName => $"{AppName}-gateway";

    public string Fqdn(string service) => $"{service}.{Namespace}.svc.cluster.local";

    public string Principal(string serviceAccount) => Principal(Namespace, serviceAccount);

    public string Principal(string @namespace, string serviceAccount) => $"{Options.TrustDomain}/ns/{@namespace}/sa/{serviceAccount}";

    /// <summary>The service account that Istio gives the pods of a Gateway API Gateway: <c>{gateway}-{class}</c>.</summary>
    public string GatewayApiServiceAccount => $"{GatewayName}-{Options.GatewayClassName}";

    public string Image(Workload workload) => Options.ImageDigests.TryGetValue(workload.Name, out var digest)
        ? $"{Options.ImageRegistry}/{workload.Name}:{Options.ImageTag}@{digest}"
        : $"{Options.ImageRegistry}/{workload.Name}:{Options.ImageTag}";

    public string GoogleServiceAccount(Workload workload) => GoogleServiceAccount(workload.Name);

    public string GoogleServiceAccount(string name) => $"{AppName}-{name}@{Options.GcpProjectId}.iam.gserviceaccount.com";

    public Dictionary<string, string> Labels(string? workload = null)
    {
        var labels = AppPods();
        if (workload is not null)
        {
            labels[NameLabel] = workload;
        }

        return labels;
    }

    public Dictionary<string, string> Selector(string workload) => new() { [NameLabel] = workload };

    /// <summary>The labels that every pod of the application has, the collector's included.</summary>
    public Dictionary<string, string> AppPods() => new() { [PartOfLabel] = AppName };

    public V1LabelSelector LabelSelector(string workload) => new() { MatchLabels = Selector(workload) };

    public V1ObjectMeta Metadata(string name, string? workload = null) => new()
    {
        Labels = Labels(workload),
        Name = name,
        NamespaceProperty = Namespace,
    };

    /// <summary>The name and namespace of an object that a patch changes.</summary>
    public V1ObjectMeta Reference(string name) => new() { Name = name, NamespaceProperty = Namespace };
}
