using k8s.Models;
using LeagueApp.Manifests.Tests.Infrastructure;

namespace LeagueApp.Manifests.Tests;

/// <summary>
/// The namespace is isolated in every variant: all traffic is denied but what the model's references
/// say, DNS, telemetry, and Google APIs for the services that use them.
/// </summary>
[Collection(ManifestsCollection.Name)]
public sealed class NetworkPolicyTests(ManifestsFixture fixture)
{
    private RenderedManifests Full => fixture.Full;

    [Theory]
    [InlineData("base")]
    [InlineData("overlays/without-mesh")]
    [InlineData("overlays/gateway-api")]
    public async Task Every_variant_denies_all_traffic_by_default(string folder)
    {
        var rendered = await Kustomize.BuildAsync(Path.Combine(Repository.Manifests, folder));

        var deny = Assert.Single(rendered.All<V1NetworkPolicy>(), policy => policy.Metadata.Name == "default-deny");
        Assert.Empty(deny.Spec.PodSelector.MatchLabels ?? new Dictionary<string, string>());
        Assert.Equal(["Egress", "Ingress"], deny.Spec.PolicyTypes.Order(StringComparer.Ordinal));
        Assert.Empty(deny.Spec.Ingress ?? []);
        Assert.Empty(deny.Spec.Egress ?? []);
    }

    [Fact]
    public void A_service_takes_requests_only_from_its_callers_and_a_public_one_from_the_ingress_gateways()
    {
        var gateway = fixture.Environment.IngressGateway;
        foreach (var deployment in Full.App<V1Deployment>())
        {
            var name = deployment.Metadata.Name;
            var port = deployment.Spec.Template.Spec.Containers.Single().Ports.Single().ContainerPort;
            var sources = Policies(Full, deployment).SelectMany(policy => policy.Spec.Ingress ?? [])
                .Where(rule => rule.Ports?.Any(allowed => allowed.Port.Value == port.ToString(System.Globalization.CultureInfo.InvariantCulture)) == true)
                .SelectMany(rule => rule.FromProperty ?? [])
                .ToList();
            Assert.All(sources, source => Assert.NotNull(source.PodSelector));

            var callers = sources.Where(source => source.NamespaceSelector is null && source.PodSelector.MatchLabels.ContainsKey("app.kubernetes.io/name"))
                .Select(source => source.PodSelector.MatchLabels["app.kubernetes.io/name"]);
            // And its own pods where they call each other (PeerTests).
            var expected = fixture.ModelProjects.Where(project => project.References.Contains(name)).Select(project => project.Name).Concat(SelfIfPeers(name));
            Assert.Equal(expected.Order(StringComparer.Ordinal), callers.Order(StringComparer.Ordinal));

            var fromGateways = sources.Where(source => source.NamespaceSelector is not null || source.PodSelector.MatchLabels.ContainsKey("gateway.networking.k8s.io/gateway-name")).ToList();
            if (name == "frontend")
            {
                Assert.Contains(fromGateways, source => source.NamespaceSelector?.MatchLabels["kubernetes.io/metadata.name"] == gateway.Namespace
                    && source.PodSelector.MatchLabels["istio"] == gateway.Selector);
                Assert.Contains(fromGateways, source => source.PodSelector.MatchLabels.TryGetValue("gateway.networking.k8s.io/gateway-name", out var value) && value == "leagueapp-gateway");
            }
            else
            {
                Assert.Empty(fromGateways);
            }
        }
    }

    [Fact]
    public void A_service_reaches_the_services_it_references_the_collector_and_Google_only_if_it_uses_Firestore()
    {
        var collectorPort = Full.Service(RenderedManifests.Collector).Spec.Ports.Single(port => port.Name == "otlp-grpc").Port;
        foreach (var deployment in Full.App<V1Deployment>())
        {
            var model = fixture.Project(deployment.Metadata.Name);
            var egress = Policies(Full, deployment).SelectMany(policy => policy.Spec.Egress ?? []).ToList();
            var peers = egress.SelectMany(rule => (rule.To ?? []).Where(peer => peer.NamespaceSelector is null && peer.PodSelector is not null)
                .Select(peer => (Name: peer.PodSelector.MatchLabels["app.kubernetes.io/name"], Ports: rule.Ports.Select(port => port.Port.Value).ToList())))
                .ToList();

            var callees = model.References.Where(reference => Full.App<V1Deployment>().Any(other => other.Metadata.Name == reference));
            Assert.Equal(callees.Append(RenderedManifests.Collector).Concat(SelfIfPeers(model.Name)).Order(StringComparer.Ordinal), peers.Select(peer => peer.Name).Order(StringComparer.Ordinal));
            Assert.Contains(peers, peer => peer.Name == RenderedManifests.Collector && peer.Ports.Contains(collectorPort.ToString(System.Globalization.CultureInfo.InvariantCulture)));

            var internet = egress.Where(rule => (rule.To ?? []).Any(peer => peer.IpBlock?.Cidr == "0.0.0.0/0")).ToList();
            if (model.References.Contains("firestore"))
            {
                var https = Assert.Single(internet);
                Assert.Equal(["443"], https.Ports.Select(port => port.Port.Value));
                Assert.Contains("10.0.0.0/8", https.To.Single().IpBlock.Except);
            }
            else
            {
                Assert.Empty(internet);
            }
        }
    }

    [Fact]
    public void Every_pod_may_resolve_names()
    {
        var dns = Assert.Single(Full.All<V1NetworkPolicy>(), policy => policy.Metadata.Name == "allow-dns");
        Assert.Empty(dns.Spec.PodSelector.MatchLabels ?? new Dictionary<string, string>());
        var rule = Assert.Single(dns.Spec.Egress);
        Assert.Equal(["53/TCP", "53/UDP"], rule.Ports.Select(port => $"{port.Port.Value}/{port.Protocol}").Order(StringComparer.Ordinal));
        Assert.Contains(rule.To, peer => peer.PodSelector?.MatchLabels["k8s-app"] == "kube-dns");
    }

    [Fact]
    public async Task The_gateway_api_gateway_takes_requests_from_anywhere_and_sends_them_to_public_services_only()
    {
        var rendered = await Kustomize.BuildAsync(Path.Combine(Repository.Manifests, "overlays", "gateway-api"));

        var policy = Assert.Single(rendered.All<V1NetworkPolicy>(), policy => policy.Spec.PodSelector.MatchLabels?.ContainsKey("gateway.networking.k8s.io/gateway-name") == true);
        Assert.Null(Assert.Single(policy.Spec.Ingress).FromProperty);
        var frontendPods = rendered.Deployment("frontend").Spec.Template.Metadata.Labels;
        var podTargets = policy.Spec.Egress.SelectMany(rule => rule.To).Where(peer => peer.NamespaceSelector is null).ToList();
        Assert.All(podTargets, peer => Assert.True(Selectors.Selects(peer.PodSelector.MatchLabels, frontendPods)));
        Assert.NotEmpty(podTargets);
    }

    private IEnumerable<string> SelfIfPeers(string workload) => fixture.Project(workload).PeerPaths.Count > 0 ? [workload] : [];

    private static IEnumerable<V1NetworkPolicy> Policies(RenderedManifests rendered, V1Deployment deployment) =>
        rendered.All<V1NetworkPolicy>().Where(policy => policy.Spec.PodSelector.MatchLabels is not { Count: > 0 } selector
            || Selectors.Selects(selector, deployment.Spec.Template.Metadata.Labels));
}
