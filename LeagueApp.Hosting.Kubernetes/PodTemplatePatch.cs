namespace LeagueApp.Hosting.Kubernetes;

/// <summary>Strategic-merge patches that a component applies to a workload's Deployment.</summary>
internal static class PodTemplatePatch
{
    public static ManifestFile Annotations(Cluster cluster, string folder, Workload workload, SortedMap annotations) =>
        Create(cluster, folder, workload, new SortedMap { ["metadata"] = new SortedMap { ["annotations"] = annotations } });

    public static ManifestFile Create(Cluster cluster, string folder, Workload workload, SortedMap template) =>
        new($"{folder}/patches/{workload.Name}-deployment.yaml", new SortedMap
        {
            ["apiVersion"] = "apps/v1",
            ["kind"] = "Deployment",
            ["metadata"] = new SortedMap { ["name"] = workload.Name, ["namespace"] = cluster.Namespace },
            ["spec"] = new SortedMap { ["template"] = template },
        });
}
