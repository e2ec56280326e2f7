using System.Text.Json;
using k8s.Models;
using LeagueApp.Manifests.Tests.Infrastructure;

namespace LeagueApp.Manifests.Tests;

/// <summary>The optional parts do what they say: observability, the Firestore key file, a deployment without the mesh.</summary>
[Collection(ManifestsCollection.Name)]
public sealed class ComponentTests(ManifestsFixture fixture)
{
    [Fact]
    public void Prometheus_scrapes_every_pod_at_the_sidecar_metrics_endpoint()
    {
        Assert.All(fixture.Full.All<V1Deployment>(), deployment =>
        {
            var annotations = deployment.Spec.Template.Metadata.Annotations;
            Assert.Equal(("true", "15020", "/stats/prometheus"), (annotations["prometheus.io/scrape"], annotations["prometheus.io/port"], annotations["prometheus.io/path"]));
        });
    }

    [Fact]
    public void The_grafana_dashboard_charts_rate_errors_and_latency_of_every_workload()
    {
        var dashboard = Assert.Single(fixture.Full.All<V1ConfigMap>(), map => map.Metadata.Labels.TryGetValue("grafana_dashboard", out var flag) && flag == "1");
        using var json = JsonDocument.Parse(Assert.Single(dashboard.Data).Value);

        var queries = json.RootElement.GetProperty("panels").EnumerateArray()
            .SelectMany(panel => panel.GetProperty("targets").EnumerateArray())
            .Select(target => target.GetProperty("expr").GetString()!)
            .ToList();
        Assert.Contains(queries, query => query.Contains("rate(istio_requests_total{", StringComparison.Ordinal) && !query.Contains("response_code", StringComparison.Ordinal));
        Assert.Contains(queries, query => query.Contains("response_code=~\"5..\"", StringComparison.Ordinal));
        Assert.Contains(queries, query => query.Contains("histogram_quantile(0.99, ", StringComparison.Ordinal) && query.Contains("istio_request_duration_milliseconds_bucket", StringComparison.Ordinal));
        Assert.All(queries, query => Assert.Contains("destination_workload_namespace=\"leagueapp\"", query, StringComparison.Ordinal));

        var workloads = json.RootElement.GetProperty("templating").GetProperty("list").EnumerateArray()
            .Single(variable => variable.GetProperty("name").GetString() == "workload").GetProperty("query").GetString()!;
        Assert.Equal(fixture.ModelProjects.Select(project => project.Name).Order(StringComparer.Ordinal), workloads.Split(',').Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task The_key_file_overlay_mounts_the_original_firestore_secret_into_each_service_that_uses_Firestore()
    {
        var rendered = await Kustomize.BuildAsync(Path.Combine(Repository.Manifests, "overlays", "firestore-key-file"));

        foreach (var deployment in rendered.All<V1Deployment>())
        {
            var pod = deployment.Spec.Template.Spec;
            var container = pod.Containers.Single();
            var volume = pod.Volumes.SingleOrDefault(volume => volume.Secret is not null);
            if (!fixture.Project(deployment.Metadata.Name).References.Contains("firestore"))
            {
                Assert.Null(volume);
                continue;
            }

            Assert.NotNull(volume);
            Assert.Equal("firestore-secret", volume.Secret.SecretName);
            var item = Assert.Single(volume.Secret.Items);
            Assert.Equal("service_account_key", item.Key);
            var mount = Assert.Single(container.VolumeMounts, mount => mount.Name == volume.Name);
            Assert.True(mount.ReadOnlyProperty);
            var setting = Assert.Single(container.Env, variable => variable.Name == "Firestore__CredentialsFile");
            Assert.Equal($"{mount.MountPath}/{item.Path}", setting.Value);
        }
    }

    [Fact]
    public async Task Without_the_mesh_the_frontend_is_exposed_by_a_load_balancer_on_port_80()
    {
        var rendered = await Kustomize.BuildAsync(Path.Combine(Repository.Manifests, "overlays", "without-mesh"));

        Assert.Empty(rendered.All<IstioResource>());
        Assert.Equal(("LoadBalancer", 80), (rendered.Service("frontend").Spec.Type, rendered.Service("frontend").Spec.Ports.Single().Port));
        Assert.All(rendered.All<V1Service>().Where(service => service.Metadata.Name != "frontend"), service => Assert.Equal("ClusterIP", service.Spec.Type));
    }
}
