using k8s;
using k8s.Models;
using LeagueApp.Manifests.Tests.Infrastructure;

namespace LeagueApp.Manifests.Tests;

/// <summary>KubernetesClient's models reject unknown fields when loading strictly; the manifests pass.</summary>
[Collection(ManifestsCollection.Name)]
public sealed class StrictLoadTests(ManifestsFixture fixture)
{
    [Fact]
    public void Built_in_objects_load_into_the_typed_models()
    {
        Assert.Equal(fixture.Full.Objects.Count, fixture.Full.Yaml.Split("\n---\n").Length);
        Assert.All(fixture.Full.Objects.Where(item => item is not CustomResource), item => Assert.StartsWith("V", item.GetType().Name, StringComparison.Ordinal));
        Assert.Equal(4, fixture.Full.App<V1Deployment>().Count());
        Assert.Equal(5, fixture.Full.All<V1Deployment>().Count());
    }

    [Fact]
    public void An_unknown_field_fails_the_strict_load()
    {
        const string misspelt = """
            apiVersion: v1
            kind: Service
            metadata:
              name: frontend
            spec:
              ports:
              - port: 80
                targetPorts: http
            """;

        Assert.ThrowsAny<Exception>(() => RenderedManifests.Load(misspelt));
        Assert.Single(KubernetesYaml.LoadAllFromString(misspelt));
    }

    [Fact]
    public void A_kind_that_is_neither_built_in_nor_istio_fails_the_load()
    {
        Assert.ThrowsAny<Exception>(() => RenderedManifests.Load("apiVersion: example.com/v1\nkind: Widget\nmetadata:\n  name: w\n"));
    }
}
