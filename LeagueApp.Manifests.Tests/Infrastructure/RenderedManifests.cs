using k8s;
using k8s.Models;

namespace LeagueApp.Manifests.Tests.Infrastructure;

/// <summary>
/// The objects of one kustomize build, loaded strictly: built-in kinds into KubernetesClient's models
/// (an unknown field fails), Istio kinds as <see cref="IstioResource"/>; any other kind fails.
/// </summary>
internal sealed record RenderedManifests(string Yaml, IReadOnlyList<IKubernetesObject<V1ObjectMeta>> Objects)
{
    public static RenderedManifests Load(string yaml) =>
        new(yaml, KubernetesYaml.LoadAllFromString(yaml, IstioResource.TypeMap, strict: true).Cast<IKubernetesObject<V1ObjectMeta>>().ToList());

    public IEnumerable<T> All<T>() => Objects.OfType<T>();

    public IEnumerable<IstioResource> Istio(string kind) => All<IstioResource>().Where(resource => resource.Kind == kind);

    public V1Service Service(string name) => Assert.Single(All<V1Service>(), service => service.Metadata.Name == name);

    public V1Deployment Deployment(string name) => Assert.Single(All<V1Deployment>(), deployment => deployment.Metadata.Name == name);
}
