using System.Text.Json;
using k8s.Models;
using LeagueApp.Manifests.Tests.Infrastructure;

namespace LeagueApp.Manifests.Tests;

/// <summary>The optional parts do what they say: observability, the Firestore key file, a deployment without the mesh.</summary>
[Collection(ManifestsCollection.Name)]
public sealed class ComponentTests(ManifestsFixture fixture)
{
    [Fact]
    public void Every_service_sends_its_telemetry_to_the_collector_under_its_own_name()
    {
        var collector = fixture.Full.Service("otel-collector");
        foreach (var deployment in fixture.Full.App<V1Deployment>())
        {
            var env = deployment.Spec.Template.Spec.Containers.Single().Env.ToDictionary(variable => variable.Name);
            var endpoint = new Uri(env["OTEL_EXPORTER_OTLP_ENDPOINT"].Value);
            Assert.Equal(collector.Metadata.Name, endpoint.Host);
            var port = Assert.Single(collector.Spec.Ports, port => port.Port == endpoint.Port);
            Assert.Equal(("grpc", "grpc"), (env["OTEL_EXPORTER_OTLP_PROTOCOL"].Value, port.AppProtocol));
            Assert.Equal(deployment.Metadata.Name, env["OTEL_SERVICE_NAME"].Value);
            Assert.Contains("k8s.pod.name=$(K8S_POD_NAME)", env["OTEL_RESOURCE_ATTRIBUTES"].Value, StringComparison.Ordinal);

            // Kubernetes expands $(NAME) only for variables defined before it.
            var names = deployment.Spec.Template.Spec.Containers.Single().Env.Select(variable => variable.Name).ToList();
            Assert.True(names.IndexOf("K8S_POD_NAME") < names.IndexOf("OTEL_RESOURCE_ATTRIBUTES"));
        }

        var collectorPods = fixture.Full.Deployment("otel-collector").Spec.Template;
        Assert.True(Selectors.Selects(collector.Spec.Selector, collectorPods.Metadata.Labels));
        Assert.Equal("false", collectorPods.Metadata.Annotations["sidecar.istio.io/inject"]);
        Assert.Equal("otel-collector", collectorPods.Spec.ServiceAccountName);
        var account = Assert.Single(fixture.Full.All<V1ServiceAccount>(), account => account.Metadata.Name == "otel-collector");
        Assert.Equal("leagueapp-otel-collector@apps-microservices.iam.gserviceaccount.com", account.Metadata.Annotations["iam.gke.io/gcp-service-account"]);
    }

    [Fact]
    public void The_collector_pipelines_use_only_what_its_configuration_defines_and_export_to_Google_Cloud()
    {
        var configMap = Assert.Single(fixture.Full.All<V1ConfigMap>(), map => map.Metadata.Name == "otel-collector");
        var config = (IDictionary<object, object>)new YamlDotNet.Serialization.Deserializer().Deserialize<object>(configMap.Data["config.yaml"])!;
        IDictionary<object, object> Section(IDictionary<object, object> node, string key) => (IDictionary<object, object>)node[key];
        var service = Section(config, "service");
        var pipelines = Section(service, "pipelines");

        Assert.Equal(["logs", "metrics", "traces"], pipelines.Keys.Cast<string>().Order(StringComparer.Ordinal));
        foreach (var (name, pipeline) in pipelines.Select(pair => ((string)pair.Key, (IDictionary<object, object>)pair.Value)))
        {
            foreach (var kind in new[] { "receivers", "processors", "exporters" })
            {
                var used = ((List<object>)pipeline[kind]).Cast<string>().ToList();
                Assert.NotEmpty(used);
                Assert.All(used, component => Assert.True(Section(config, kind).ContainsKey(component), $"pipeline {name} uses {kind} '{component}', which the configuration does not define"));
            }
        }

        Assert.Equal(["googlecloud"], ((List<object>)((IDictionary<object, object>)pipelines["traces"])["exporters"]).Cast<string>());
        Assert.Equal(["googlemanagedprometheus"], ((List<object>)((IDictionary<object, object>)pipelines["metrics"])["exporters"]).Cast<string>());
        Assert.All(((List<object>)service["extensions"]).Cast<string>(), extension => Assert.True(Section(config, "extensions").ContainsKey(extension), extension));

        // The receivers listen beyond the pod's loopback, on the ports the Service targets.
        var protocols = Section(Section(Section(config, "receivers"), "otlp"), "protocols");
        var ports = fixture.Full.Deployment("otel-collector").Spec.Template.Spec.Containers.Single().Ports.Select(port => port.ContainerPort).ToList();
        foreach (var protocol in protocols.Values.Cast<IDictionary<object, object>>())
        {
            var endpoint = (string)protocol["endpoint"];
            Assert.StartsWith("0.0.0.0:", endpoint, StringComparison.Ordinal);
            Assert.Contains(int.Parse(endpoint.Split(':')[1], System.Globalization.CultureInfo.InvariantCulture), ports);
        }
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
        Assert.All(queries.Where(query => query.Contains("istio_", StringComparison.Ordinal)), query => Assert.Contains("destination_workload_namespace=\"leagueapp\"", query, StringComparison.Ordinal));

        // The app's own metrics, as the collector sends them to Managed Prometheus.
        Assert.Contains(queries, query => query.Contains("http_server_request_duration_seconds_bucket", StringComparison.Ordinal) && query.Contains("http_route", StringComparison.Ordinal));
        Assert.Contains(queries, query => query.Contains("http_client_request_duration_seconds_count", StringComparison.Ordinal) && query.Contains("firestore", StringComparison.Ordinal));
        Assert.Contains(queries, query => query.Contains("leagueapp_transfers_total", StringComparison.Ordinal));
        Assert.Contains(queries, query => query.Contains("leagueapp_cache_misses_total", StringComparison.Ordinal) && query.Contains("leagueapp_cache_lookups_total", StringComparison.Ordinal));

        var workloads = json.RootElement.GetProperty("templating").GetProperty("list").EnumerateArray()
            .Single(variable => variable.GetProperty("name").GetString() == "workload").GetProperty("query").GetString()!;
        Assert.Equal(fixture.ModelProjects.Select(project => project.Name).Order(StringComparer.Ordinal), workloads.Split(',').Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task The_key_file_overlay_mounts_the_original_firestore_secret_into_each_service_that_uses_Firestore()
    {
        var rendered = await Kustomize.BuildAsync(Path.Combine(Repository.Manifests, "overlays", "firestore-key-file"));

        foreach (var deployment in rendered.App<V1Deployment>())
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

        Assert.DoesNotContain(rendered.All<CustomResource>(), resource => resource.IsIstio || resource.ApiVersion.StartsWith("gateway.", StringComparison.Ordinal));
        var open = Assert.Single(rendered.All<V1NetworkPolicy>(), policy => policy.Metadata.Name == "frontend-public");
        Assert.Null(Assert.Single(open.Spec.Ingress).FromProperty);
        Assert.Equal(("LoadBalancer", 80), (rendered.Service("frontend").Spec.Type, rendered.Service("frontend").Spec.Ports.Single().Port));
        Assert.All(rendered.All<V1Service>().Where(service => service.Metadata.Name != "frontend"), service => Assert.Equal("ClusterIP", service.Spec.Type));
    }
}
