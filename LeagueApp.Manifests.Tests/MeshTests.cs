using k8s.Models;
using LeagueApp.Manifests.Tests.Infrastructure;

namespace LeagueApp.Manifests.Tests;

/// <summary>The Istio objects route, protect and admit exactly what the model's references and endpoints say.</summary>
[Collection(ManifestsCollection.Name)]
public sealed class MeshTests(ManifestsFixture fixture)
{
    private const string Namespace = "leagueapp";

    private RenderedManifests Full => fixture.Full;

    [Fact]
    public void The_namespace_has_sidecar_injection_and_strict_mutual_tls()
    {
        var ns = Assert.Single(Full.All<V1Namespace>());
        Assert.Equal(Namespace, ns.Metadata.Name);
        Assert.Equal("enabled", ns.Metadata.Labels["istio-injection"]);
        var peers = Assert.Single(Full.Istio("PeerAuthentication"));
        Assert.Equal(["STRICT"], peers.Strings("mtls", "mode"));
        Assert.Empty(peers.Values("selector"));
    }

    [Fact]
    public void The_gateway_is_leagueapp_gateway_for_all_hosts_on_port_80()
    {
        var gateway = Assert.Single(Full.Istio("Gateway"));
        Assert.Equal("leagueapp-gateway", gateway.Metadata.Name);
        Assert.Equal(["ingressgateway"], gateway.Strings("selector", "istio"));
        Assert.Equal(["*"], gateway.Strings("servers", "hosts"));
        Assert.Equal([80], gateway.Values("servers", "port", "number").Select(Convert.ToInt32));
    }

    [Fact]
    public void The_mesh_never_retries_a_write()
    {
        var ingress = Assert.Single(Full.Istio("VirtualService"), service => service.Strings("gateways").Any());
        foreach (var route in ingress.Values("http").Cast<IDictionary<object, object>>())
        {
            var paths = Values(route, "match", "uri").Cast<IDictionary<object, object>>().SelectMany(uri => uri.Values).Cast<string>().ToList();
            var safeOnly = Values(route, "match", "method", "regex").Any();
            var writes = paths.Where(path => path is "/createplayer" or "/transferplayer" or "/deleteplayer/" || (path == "/api/" && !safeOnly));
            if (writes.Any())
            {
                Assert.Equal([0], Values(route, "retries", "attempts").Select(Convert.ToInt32));
            }
        }

        // Inside the mesh only GET and HEAD are retried.
        foreach (var route in Full.Istio("VirtualService").Where(service => !service.Strings("gateways").Any()).SelectMany(service => service.Values("http")).Cast<IDictionary<object, object>>())
        {
            var retried = Values(route, "retries", "attempts").Select(Convert.ToInt32).Single() > 0;
            string[] methods = retried ? ["^(GET|HEAD)$"] : [];
            Assert.Equal(methods, Values(route, "match", "method", "regex"));
        }
    }

    [Fact]
    public void Every_host_in_the_mesh_configuration_names_an_existing_service_and_port()
    {
        var hosts = Full.Istio("VirtualService").SelectMany(service => service.Strings("hosts").Where(host => host != "*"))
            .Concat(Full.Istio("DestinationRule").SelectMany(rule => rule.Strings("host")));
        Assert.All(hosts, host => ServiceOf(host));

        foreach (var destination in Full.Istio("VirtualService").SelectMany(service => service.Values("http", "route", "destination")).Cast<IDictionary<object, object>>())
        {
            var service = ServiceOf((string)destination["host"]);
            Assert.Equal(service.Spec.Ports.Single().Port, Values(destination, "port", "number").Select(Convert.ToInt32).Single());
        }

        var gateways = Full.Istio("Gateway").Select(gateway => gateway.Metadata.Name).ToList();
        Assert.All(Full.Istio("VirtualService").SelectMany(service => service.Strings("gateways")), gateway => Assert.Contains(gateway, gateways));
    }

    [Fact]
    public void Every_service_has_a_destination_rule_with_limits_outlier_detection_and_mutual_tls()
    {
        foreach (var service in Full.ServicesWithVirtualIp())
        {
            var rule = Assert.Single(Full.Istio("DestinationRule"), rule => rule.Strings("host").Single() == Fqdn(service.Metadata.Name));
            Assert.NotEmpty(rule.Strings("trafficPolicy", "connectionPool", "tcp", "connectTimeout"));
            Assert.NotEmpty(rule.Values("trafficPolicy", "connectionPool", "tcp", "maxConnections"));
            Assert.NotEmpty(rule.Values("trafficPolicy", "connectionPool", "http", "http1MaxPendingRequests"));
            Assert.NotEmpty(rule.Values("trafficPolicy", "outlierDetection", "consecutive5xxErrors"));
            Assert.Equal(["ISTIO_MUTUAL"], rule.Strings("trafficPolicy", "tls", "mode"));
        }
    }

    [Fact]
    public void Calls_between_services_have_a_timeout()
    {
        var called = fixture.ModelProjects.SelectMany(project => project.References).Where(name => Full.App<V1Service>().Any(service => service.Metadata.Name == name)).ToHashSet();
        Assert.Equal(["playerops", "stats", "transfer"], called.Order(StringComparer.Ordinal));
        foreach (var name in called)
        {
            var routes = Assert.Single(Full.Istio("VirtualService"), service => service.Strings("hosts").Contains(Fqdn(name))).Values("http").Cast<IDictionary<object, object>>();
            Assert.All(routes, route => Assert.Matches("^[0-9]+s$", (string)route["timeout"]));
        }
    }

    [Fact]
    public void Only_the_ingress_gateway_reaches_the_frontend_and_only_the_frontend_reaches_the_backends()
    {
        Assert.Single(Full.Istio("AuthorizationPolicy"), policy => policy.Metadata.Name == "allow-nothing" && policy.Spec.Count == 0);
        var gateway = fixture.Environment.IngressGateway;
        var gatewayPrincipal = $"cluster.local/ns/{gateway.Namespace}/sa/{gateway.ServiceAccount}";
        foreach (var deployment in Full.App<V1Deployment>())
        {
            // ALLOW policies add up: the service's own (its callers) and the ingress component's.
            var policies = AuthorizationPoliciesOf(Full, deployment).ToList();
            Assert.All(policies, policy => Assert.Equal(["ALLOW"], policy.Strings("action")));

            var name = deployment.Metadata.Name;
            var callers = fixture.ModelProjects.Where(project => project.References.Contains(name))
                .Select(project => $"cluster.local/ns/{Namespace}/sa/{project.Name}");
            // And a workload's own pods where they call each other (at their peer paths only, PeerTests).
            var expected = (name == "frontend" ? [gatewayPrincipal] : callers).Concat(OwnPrincipalIfPeers(name));
            Assert.Equal(expected.Order(StringComparer.Ordinal), policies.SelectMany(policy => policy.Strings("rules", "from", "source", "principals")).Order(StringComparer.Ordinal));
        }

        Assert.Equal("cluster.local/ns/istio-system/sa/istio-ingressgateway-service-account", gatewayPrincipal);
        var accounts = Full.App<V1ServiceAccount>().Select(account => $"cluster.local/ns/{account.Metadata.NamespaceProperty}/sa/{account.Metadata.Name}").ToList();
        Assert.All(
            Full.Istio("AuthorizationPolicy").SelectMany(policy => policy.Strings("rules", "from", "source", "principals")).Where(principal => principal != gatewayPrincipal),
            principal => Assert.Contains(principal, accounts));
    }

    [Fact]
    public async Task With_the_Gateway_API_the_frontend_admits_the_gateway_that_Istio_deploys_for_it_and_the_gateway_serves_everyone()
    {
        var rendered = await Kustomize.BuildAsync(Path.Combine(Repository.Manifests, "overlays", "gateway-api"));

        Assert.Empty(rendered.Istio("Gateway"));
        var gateway = Assert.Single(rendered.Custom("gateway.networking.k8s.io/v1", "Gateway"));
        Assert.Equal(["istio"], gateway.Strings("gatewayClassName"));
        var principals = AuthorizationPoliciesOf(rendered, rendered.Deployment("frontend")).SelectMany(policy => policy.Strings("rules", "from", "source", "principals"));
        string[] gatewayPrincipal = [$"cluster.local/ns/{Namespace}/sa/{gateway.Metadata.Name}-istio"];
        Assert.Equal(gatewayPrincipal.Concat(OwnPrincipalIfPeers("frontend")).Order(StringComparer.Ordinal), principals.Order(StringComparer.Ordinal));

        // The namespace's allow-nothing policy would otherwise shut the gateway's own pods.
        var own = Assert.Single(rendered.Istio("AuthorizationPolicy"), policy =>
            policy.Values("selector", "matchLabels").Cast<IDictionary<object, object>>().Any(labels => labels.TryGetValue("gateway.networking.k8s.io/gateway-name", out var value) && (string)value == gateway.Metadata.Name));
        Assert.Equal([new Dictionary<object, object>()], own.Values("rules"));
    }

    [Fact]
    public void Kubelet_probes_stay_allowed_where_the_probe_rewrite_is_off()
    {
        foreach (var deployment in Full.App<V1Deployment>())
        {
            var container = deployment.Spec.Template.Spec.Containers.Single();
            var policy = Assert.Single(Full.Istio("AuthorizationPolicy"), policy => policy.Metadata.Name == deployment.Metadata.Name);
            var probes = Assert.Single(policy.Values("rules").Cast<IDictionary<object, object>>().Select(Node),
                rule => rule.Strings("to", "operation", "paths").Contains(container.ReadinessProbe.HttpGet.Path));
            Assert.Contains(container.LivenessProbe.HttpGet.Path, probes.Strings("to", "operation", "paths"));
            Assert.Equal(["GET"], probes.Strings("to", "operation", "methods"));
            Assert.Empty(probes.Values("from"));
        }
    }

    [Fact]
    public void Egress_is_limited_to_the_namespace_and_declared_Google_APIs()
    {
        var sidecar = Assert.Single(Full.Istio("Sidecar"));
        Assert.Equal(["REGISTRY_ONLY"], sidecar.Strings("outboundTrafficPolicy", "mode"));

        var hosts = Full.Istio("ServiceEntry").SelectMany(entry => entry.Strings("hosts")).ToList();
        Assert.Contains("firestore.googleapis.com", hosts);
        Assert.Contains("oauth2.googleapis.com", hosts);
        Assert.Contains("metadata.google.internal", hosts);
    }

    [Fact]
    public void The_sidecar_starts_before_the_app_and_has_resources_of_its_own()
    {
        Assert.All(Full.App<V1Deployment>(), deployment =>
        {
            var annotations = deployment.Spec.Template.Metadata.Annotations;
            using var proxy = System.Text.Json.JsonDocument.Parse(annotations["proxy.istio.io/config"]);
            Assert.True(proxy.RootElement.GetProperty("holdApplicationUntilProxyStarts").GetBoolean());
            Assert.All(["proxyCPU", "proxyCPULimit", "proxyMemory", "proxyMemoryLimit"], key =>
                Assert.False(string.IsNullOrEmpty(annotations[$"sidecar.istio.io/{key}"]), key));
        });
    }

    [Fact]
    public void Managed_Prometheus_scrapes_every_sidecar_for_the_mesh_metrics()
    {
        var monitoring = Assert.Single(Full.Custom("monitoring.googleapis.com/v1", "PodMonitoring"), item => item.Metadata.Name == "istio-sidecars");
        var selector = monitoring.Values("selector", "matchLabels").Cast<IDictionary<object, object>>().Single().ToDictionary(pair => (string)pair.Key, pair => (string)pair.Value);
        Assert.All(Full.App<V1Deployment>().Where(deployment => fixture.ModelProjects.Any(project => project.Name == deployment.Metadata.Name)),
            deployment => Assert.True(Selectors.Selects(selector, deployment.Spec.Template.Metadata.Labels), deployment.Metadata.Name));
        Assert.Equal([15020], monitoring.Values("endpoints", "port").Select(Convert.ToInt32));
        Assert.Equal(["/stats/prometheus"], monitoring.Strings("endpoints", "path"));
    }

    private static IEnumerable<CustomResource> AuthorizationPoliciesOf(RenderedManifests rendered, V1Deployment deployment) =>
        rendered.Istio("AuthorizationPolicy").Where(policy => Selectors.Selects(
            policy.Values("selector", "matchLabels").Cast<IDictionary<object, object>>().SingleOrDefault()?.ToDictionary(pair => (string)pair.Key, pair => (string)pair.Value),
            deployment.Spec.Template.Metadata.Labels));

    private static IEnumerable<object> Values(IDictionary<object, object> node, params string[] path) => Node(node).Values(path);

    private static CustomResource Node(IDictionary<object, object> node) => new() { Spec = new Dictionary<object, object>(node) };

    private IEnumerable<string> OwnPrincipalIfPeers(string workload) =>
        fixture.Project(workload).PeerPaths.Count > 0 ? [$"cluster.local/ns/{Namespace}/sa/{workload}"] : [];

    private static string Fqdn(string service) => $"{service}.{Namespace}.svc.cluster.local";

    private V1Service ServiceOf(string fqdn)
    {
        var parts = fqdn.Split('.');
        Assert.Equal(Fqdn(parts[0]), fqdn);
        return Full.Service(parts[0]);
    }
}
