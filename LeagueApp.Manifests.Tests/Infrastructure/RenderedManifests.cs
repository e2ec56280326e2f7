using k8s;
using k8s.Models;

namespace LeagueApp.Manifests.Tests.Infrastructure;

/// <summary>
/// The objects of one kustomize build, loaded strictly: built-in kinds into KubernetesClient's models
/// (an unknown field fails), Istio kinds as <see cref="CustomResource"/>; any other kind fails.
/// </summary>
internal sealed record RenderedManifests(string Yaml, IReadOnlyList<IKubernetesObject<V1ObjectMeta>> Objects)
{
    public static RenderedManifests Load(string yaml) =>
        new(yaml, KubernetesYaml.LoadAllFromString(yaml, CustomResource.TypeMap, strict: true).Cast<IKubernetesObject<V1ObjectMeta>>().ToList());

    /// <summary>The observability component's collector: a workload of the manifests, not of the model.</summary>
    public const string Collector = "otel-collector";

    public IEnumerable<T> All<T>() => Objects.OfType<T>();

    /// <summary>The objects of the model's projects: every one of a kind but the collector's.</summary>
    public IEnumerable<T> App<T>() where T : IKubernetesObject<V1ObjectMeta> => All<T>().Where(item => item.Metadata.Name != Collector);

    /// <summary>The model's Services that callers reach through a virtual IP: not the headless ones of peers (pods' own addresses).</summary>
    public IEnumerable<V1Service> ServicesWithVirtualIp() => App<V1Service>().Where(service => service.Spec.ClusterIP != "None");

    public IEnumerable<CustomResource> Istio(string kind) => All<CustomResource>().Where(resource => resource.IsIstio && resource.Kind == kind);

    public IEnumerable<CustomResource> Custom(string apiVersion, string kind) =>
        All<CustomResource>().Where(resource => resource.ApiVersion == apiVersion && resource.Kind == kind);

    public V1Service Service(string name) => Assert.Single(All<V1Service>(), service => service.Metadata.Name == name);

    public V1Deployment Deployment(string name) => Assert.Single(All<V1Deployment>(), deployment => deployment.Metadata.Name == name);
}
