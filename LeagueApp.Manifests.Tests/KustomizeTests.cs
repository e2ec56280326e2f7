using k8s;
using k8s.Models;
using LeagueApp.Manifests.Tests.Infrastructure;

namespace LeagueApp.Manifests.Tests;

/// <summary>Every way to deploy builds: the default, the base, each overlay, and the base with any set of components.</summary>
[Collection(ManifestsCollection.Name)]
public sealed class KustomizeTests
{
    public static TheoryData<string> Kustomizations() => [.. KustomizationFolders()];

    public static TheoryData<string[]> ComponentSets()
    {
        var components = ComponentNames().ToArray();
        var sets = new TheoryData<string[]>();
        for (var mask = 0; mask < 1 << components.Length; mask++)
        {
            sets.Add(components.Where((_, index) => (mask & (1 << index)) != 0).ToArray());
        }

        return sets;
    }

    [Fact]
    public void The_layout_has_the_default_a_base_overlays_and_the_optional_components()
    {
        Assert.Equal([".", "base", "overlays/firestore-key-file", "overlays/gateway-api", "overlays/without-mesh"], KustomizationFolders());
        Assert.Equal(["firestore-key-file", "gateway-api", "istio", "istio-ingress", "observability"], ComponentNames());
    }

    [Theory]
    [MemberData(nameof(Kustomizations))]
    public async Task Each_kustomization_builds_and_loads_strictly(string folder)
    {
        var rendered = await Kustomize.BuildAsync(Path.Combine(Repository.Manifests, folder));

        Assert.NotEmpty(rendered.Objects);
    }

    [Theory]
    [MemberData(nameof(ComponentSets))]
    public async Task The_base_with_any_set_of_components_builds_and_loads_strictly(string[] components)
    {
        var overlay = Directory.CreateTempSubdirectory("leagueapp-kustomize-");
        try
        {
            // kustomize takes relative paths only.
            string Relative(params string[] parts) => Path.GetRelativePath(overlay.FullName, Path.Combine([Repository.Manifests, .. parts]));
            var lines = new List<string> { "apiVersion: kustomize.config.k8s.io/v1beta1", "kind: Kustomization", "resources:", $"- {Relative("base")}" };
            if (components.Length > 0)
            {
                lines.Add("components:");
                lines.AddRange(components.Select(component => $"- {Relative("components", component)}"));
            }

            await File.WriteAllLinesAsync(Path.Combine(overlay.FullName, "kustomization.yaml"), lines);
            var rendered = await Kustomize.BuildAsync(overlay.FullName);

            var baseline = await Kustomize.BuildAsync(Path.Combine(Repository.Manifests, "base"));
            Assert.Superset(baseline.Objects.Select(Identity).ToHashSet(), rendered.Objects.Select(Identity).ToHashSet());
            Assert.Equal(components.Intersect(["istio", "istio-ingress", "gateway-api"]).Any(), rendered.All<CustomResource>().Any(resource => resource.IsIstio));
            Assert.Equal(components.Contains("gateway-api"), rendered.Custom("gateway.networking.k8s.io/v1", "HTTPRoute").Any());
            Assert.Equal(components.Contains("observability"), rendered.All<V1ConfigMap>().Any(map => map.Metadata.Name.EndsWith("-grafana-dashboard", StringComparison.Ordinal)));
            Assert.Equal(components.Contains("firestore-key-file"), rendered.All<V1Deployment>().Any(deployment => deployment.Spec.Template.Spec.Volumes.Any(volume => volume.Secret is not null)));
        }
        finally
        {
            overlay.Delete(recursive: true);
        }
    }

    private static string Identity(IKubernetesObject<V1ObjectMeta> item) => $"{item.Kind} {item.Metadata.NamespaceProperty}/{item.Metadata.Name}";

    private static IEnumerable<string> KustomizationFolders() =>
        Directory.EnumerateFiles(Repository.Manifests, "kustomization.yaml", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(Repository.Manifests, Path.GetDirectoryName(file)!).Replace('\\', '/'))
            .Where(folder => folder.Split('/')[0] is "." or "base" or "overlays")
            .Order(StringComparer.Ordinal);

    private static IEnumerable<string> ComponentNames() =>
        Directory.EnumerateDirectories(Path.Combine(Repository.Manifests, "components"))
            .Select(Path.GetFileName)
            .OfType<string>()
            .Order(StringComparer.Ordinal);
}
