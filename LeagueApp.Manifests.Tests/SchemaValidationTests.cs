using LeagueApp.Manifests.Tests.Infrastructure;

namespace LeagueApp.Manifests.Tests;

/// <summary>Every object, Istio's included, validates against the published schemas.</summary>
[Collection(ManifestsCollection.Name)]
public sealed class SchemaValidationTests(ManifestsFixture fixture)
{
    [Theory]
    [InlineData(".")]
    [InlineData("overlays/firestore-key-file")]
    [InlineData("overlays/gateway-api")]
    [InlineData("overlays/without-mesh")]
    public async Task Every_object_validates_against_its_published_schema(string folder)
    {
        var rendered = folder == "." ? fixture.Full : await Kustomize.BuildAsync(Path.Combine(Repository.Manifests, folder));

        var result = await SchemaValidator.ValidateAsync(rendered.Yaml);

        Assert.True(result.ExitCode == 0, result.ToString());
        var validated = result.Output.Split('\n').Count(line => line.StartsWith("ok ", StringComparison.Ordinal));
        Assert.Equal(rendered.Objects.Count, validated);
    }

    [Fact]
    public async Task The_default_deployment_has_every_kind_the_issue_asks_for()
    {
        var result = await SchemaValidator.ValidateAsync(fixture.Full.Yaml);

        string[] kinds =
        [
            "v1 Namespace", "v1 ServiceAccount", "v1 ConfigMap", "v1 Service", "apps/v1 Deployment", "policy/v1 PodDisruptionBudget",
            "autoscaling/v2 HorizontalPodAutoscaler", "networking.istio.io/v1 Gateway", "networking.istio.io/v1 VirtualService",
            "networking.istio.io/v1 DestinationRule", "networking.istio.io/v1 ServiceEntry", "security.istio.io/v1 PeerAuthentication",
            "security.istio.io/v1 AuthorizationPolicy", "networking.k8s.io/v1 NetworkPolicy", "monitoring.googleapis.com/v1 PodMonitoring",
        ];
        Assert.All(kinds, kind => Assert.Contains($"ok {kind} ", result.Output, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_schema_violation_fails_the_validation()
    {
        const string broken = """
            apiVersion: networking.istio.io/v1
            kind: VirtualService
            metadata:
              name: broken
            spec:
              hosts: "*"
              http:
              - timeout: 30
            """;

        var result = await SchemaValidator.ValidateAsync(broken);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("invalid networking.istio.io/v1 VirtualService /broken", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_kind_without_a_published_schema_fails_the_validation()
    {
        var result = await SchemaValidator.ValidateAsync("apiVersion: example.com/v1\nkind: Widget\nmetadata:\n  name: w\n");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("no published schema", result.Output, StringComparison.Ordinal);
    }
}
