using k8s.Models;

namespace LeagueApp.Hosting.Kubernetes;

/// <summary>Strategic-merge patches that a component applies to a workload's Deployment.</summary>
internal static class PodTemplatePatch
{
    public static ManifestFile Annotations(Cluster cluster, string folder, Workload workload, Dictionary<string, string> annotations) =>
        Create(cluster, folder, workload, new V1PodTemplateSpec { Metadata = new V1ObjectMeta { Annotations = annotations } });

    /// <summary>Containers are merged by name: a patch's container names the workload and holds only what it adds.</summary>
    public static ManifestFile Containers(Cluster cluster, string folder, Workload workload, V1Container container, IList<V1Volume>? volumes = null) =>
        Create(cluster, folder, workload, new V1PodTemplateSpec { Spec = new V1PodSpec { Containers = [container], Volumes = volumes } });

    private static ManifestFile Create(Cluster cluster, string folder, Workload workload, V1PodTemplateSpec template) =>
        new($"{folder}/patches/{workload.Name}-deployment.yaml", new V1Deployment
        {
            Metadata = cluster.Reference(workload.Name),
            Spec = new V1DeploymentSpec { Template = template },
        }.WithTypeMeta());
}
