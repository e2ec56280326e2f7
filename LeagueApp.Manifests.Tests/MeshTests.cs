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
    public void The_ingress_routes_the_original_paths_the_api_and_the_openapi_document_to_the_frontend()
    {
        var ingress = Assert.Single(Full.Istio("VirtualService"), service => service.Strings("gateways").Any());
        Assert.Equal(["leagueapp-gateway"], ingress.Strings("gateways"));
        Assert.Equal(["*"], ingress.Strings("hosts"));
        Assert.All(ingress.Strings("http", "route", "destination", "host"), host => Assert.Equal($"frontend.{Namespace}.svc.cluster.local", host));

        var matches = ingress.Values("http", "match", "uri").Cast<IDictionary<object, object>>()
            .Select(uri => $"{uri.Keys.Single()} {uri.Values.Single()}")
            .ToHashSet();
        string[] expected =
        [
            "exact /", "exact /bestposition", "exact /table", "exact /createplayer", "exact /transferplayer",
            "prefix /bestplayers/", "prefix /deleteplayer/", "prefix /api", "prefix /openapi",
        ];
        Assert.Equal(expected.Order(StringComparer.Ordinal), matches.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_mesh_never_retries_a_write()
    {
        var ingress = Assert.Single(Full.Istio("VirtualService"), service => service.Strings("gateways").Any());
        foreach (var route in ingress.Values("http").Cast<IDictionary<object, object>>())
        {
            var paths = Values(route, "match", "uri").Cast<IDictionary<object, object>>().SelectMany(uri => uri.Values).Cast<string>().ToList();
            var safeOnly = Values(route, "match", "method", "regex").Any();
            var writes = paths.Where(path => path is "/createplayer" or "/transferplayer" or "/deleteplayer/" || (path == "/api" && !safeOnly));
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
        foreach (var service in Full.All<V1Service>())
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
        var called = fixture.ModelProjects.SelectMany(project => project.References).Where(name => Full.All<V1Service>().Any(service => service.Metadata.Name == name)).ToHashSet();
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
        foreach (var deployment in Full.All<V1Deployment>())
        {
            var policy = Assert.Single(Full.Istio("AuthorizationPolicy"), policy =>
                Selectors.Selects(policy.Values("selector", "matchLabels").Cast<IDictionary<object, object>>().SingleOrDefault()?.ToDictionary(pair => (string)pair.Key, pair => (string)pair.Value),
                    deployment.Spec.Template.Metadata.Labels));
            Assert.Equal(["ALLOW"], policy.Strings("action"));

            var name = deployment.Metadata.Name;
            var callers = fixture.ModelProjects.Where(project => project.References.Contains(name))
                .Select(project => $"cluster.local/ns/{Namespace}/sa/{project.Name}");
            var expected = name == "frontend" ? [fixture.Environment.IngressGatewayPrincipal] : callers.ToArray();
            Assert.Equal(expected.Order(StringComparer.Ordinal), policy.Strings("rules", "from", "source", "principals").Order(StringComparer.Ordinal));
        }

        Assert.Equal("cluster.local/ns/istio-system/sa/istio-ingressgateway-service-account", fixture.Environment.IngressGatewayPrincipal);
        var accounts = Full.All<V1ServiceAccount>().Select(account => $"cluster.local/ns/{account.Metadata.NamespaceProperty}/sa/{account.Metadata.Name}").ToList();
        Assert.All(
            Full.Istio("AuthorizationPolicy").SelectMany(policy => policy.Strings("rules", "from", "source", "principals")).Where(principal => principal != fixture.Environment.IngressGatewayPrincipal),
            principal => Assert.Contains(principal, accounts));
    }

    [Fact]
    public void Kubelet_probes_stay_allowed_where_the_probe_rewrite_is_off()
    {
        foreach (var deployment in Full.All<V1Deployment>())
        {
            var container = deployment.Spec.Template.Spec.Containers.Single();
            var policy = Assert.Single(Full.Istio("AuthorizationPolicy"), policy => policy.Metadata.Name == deployment.Metadata.Name);
            var paths = policy.Strings("rules", "to", "operation", "paths").ToList();
            Assert.Contains(container.ReadinessProbe.HttpGet.Path, paths);
            Assert.Contains(container.LivenessProbe.HttpGet.Path, paths);
            Assert.Equal(["GET"], policy.Strings("rules", "to", "operation", "methods"));
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
    public void The_sidecar_starts_before_the_app()
    {
        Assert.All(Full.All<V1Deployment>(), deployment =>
            Assert.Equal("{\"holdApplicationUntilProxyStarts\":true}", deployment.Spec.Template.Metadata.Annotations["proxy.istio.io/config"]));
    }

    private static IEnumerable<object> Values(IDictionary<object, object> node, params string[] path) =>
        new IstioResource { Spec = new Dictionary<object, object>(node) }.Values(path);

    private static string Fqdn(string service) => $"{service}.{Namespace}.svc.cluster.local";

    private V1Service ServiceOf(string fqdn)
    {
        var parts = fqdn.Split('.');
        Assert.Equal(Fqdn(parts[0]), fqdn);
        return Full.Service(parts[0]);
    }
}
