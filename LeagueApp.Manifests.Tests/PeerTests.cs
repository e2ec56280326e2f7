extern alias frontend;

using k8s.Models;
using LeagueApp.Manifests.Tests.Infrastructure;

namespace LeagueApp.Manifests.Tests;

/// <summary>
/// The frontend's pods tell each other that a write committed, pod to pod: each advertises
/// http://{POD_IP}:{port} and the others POST /internal/caches/written there. Every variant gives the
/// pods their address; the mesh knows those addresses (a headless Service), admits only the frontend's
/// own identity to exactly that path, and no other workload gets any of it.
/// </summary>
[Collection(ManifestsCollection.Name)]
public sealed class PeerTests(ManifestsFixture fixture)
{
    // The contract with the frontend's code: the path it maps and calls, and the setting it reads its address from.
    private const string PeerPath = frontend::LeagueApp.Frontend.Backends.CachePeers.Path;
    private const string PodIp = frontend::LeagueApp.Frontend.Backends.PeerAddress.PodIpKey;
    private const string FrontendPrincipal = "cluster.local/ns/leagueapp/sa/frontend";

    private RenderedManifests Full => fixture.Full;

    public static TheoryData<string> Variants() => [".", "base", "overlays/firestore-key-file", "overlays/gateway-api", "overlays/without-mesh"];

    [Fact]
    public void Only_the_frontend_declares_peer_paths_and_only_the_cache_notification()
    {
        Assert.Equal(["frontend"], fixture.ModelProjects.Where(project => project.PeerPaths.Count > 0).Select(project => project.Name));
        Assert.Equal([PeerPath], fixture.Project("frontend").PeerPaths);
    }

    [Theory]
    [MemberData(nameof(Variants))]
    public async Task Every_variant_gives_the_frontend_pods_their_own_address_and_no_other_pod(string folder)
    {
        var rendered = folder == "." ? Full : await Kustomize.BuildAsync(Path.Combine(Repository.Manifests, folder));

        foreach (var deployment in rendered.App<V1Deployment>())
        {
            var podIp = (deployment.Spec.Template.Spec.Containers.Single().Env ?? []).Where(variable => variable.Name == PodIp).ToList();
            if (deployment.Metadata.Name == "frontend")
            {
                Assert.Equal("status.podIP", Assert.Single(podIp).ValueFrom?.FieldRef?.FieldPath);
                Assert.Null(podIp[0].Value);
            }
            else
            {
                Assert.Empty(podIp);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Variants))]
    public async Task A_headless_service_publishes_the_frontend_pods_on_their_container_port_and_no_other_workload_has_one(string folder)
    {
        var rendered = folder == "." ? Full : await Kustomize.BuildAsync(Path.Combine(Repository.Manifests, folder));

        var peers = Assert.Single(rendered.All<V1Service>(), service => service.Spec.ClusterIP == "None");
        Assert.Equal("frontend-peers", peers.Metadata.Name);
        Assert.Equal(["frontend"], rendered.App<V1Deployment>()
            .Where(deployment => Selectors.Selects(peers.Spec.Selector, deployment.Spec.Template.Metadata.Labels))
            .Select(deployment => deployment.Metadata.Name));

        // Callers connect to the pod's own port; the Service's port must be that port (no virtual IP translates it).
        var containerPort = Assert.Single(rendered.Deployment("frontend").Spec.Template.Spec.Containers.Single().Ports);
        var port = Assert.Single(peers.Spec.Ports);
        Assert.Equal(containerPort.ContainerPort, port.Port);
        Assert.Equal(containerPort.Name, port.TargetPort.Value);
        Assert.Equal("TCP", port.Protocol);

        // Istio makes the per-pod listeners that carry a call to http://POD_IP:port only where the port's
        // protocol is left to its detection: no appProtocol, no protocol prefix in the name (not "http").
        Assert.Null(port.AppProtocol);
        Assert.DoesNotMatch("^(http|http2|grpc|grpc-web|tcp|tls|https|h2c)(-|$)", port.Name);

        // Starting and draining pods are peers too.
        Assert.True(peers.Spec.PublishNotReadyAddresses);
        Assert.Equal("ClusterIP", peers.Spec.Type);
    }

    [Fact]
    public void The_frontend_admits_its_own_identity_to_POST_exactly_the_peer_path_and_nothing_else_admits_it_anywhere()
    {
        var frontendPods = Full.Deployment("frontend").Spec.Template.Metadata.Labels;
        var rules = Full.Istio("AuthorizationPolicy")
            .SelectMany(policy => policy.Values("rules").Cast<IDictionary<object, object>>().Select(rule => (Policy: policy, Rule: Node(rule))))
            .ToList();

        // The backends admit the frontend as their caller; on the frontend's own pods it is a peer.
        var own = Assert.Single(rules, entry => entry.Rule.Strings("from", "source", "principals").Contains(FrontendPrincipal)
            && Selectors.Selects(SelectorOf(entry.Policy), frontendPods));
        Assert.Equal(["ALLOW"], own.Policy.Strings("action"));
        Assert.All(Full.App<V1Deployment>().Where(deployment => deployment.Metadata.Name != "frontend"),
            deployment => Assert.False(Selectors.Selects(SelectorOf(own.Policy), deployment.Spec.Template.Metadata.Labels), deployment.Metadata.Name));

        // One source, one operation: the rule admits nothing but the frontend's POST to the path.
        Assert.Equal([FrontendPrincipal], own.Rule.Strings("from", "source", "principals"));
        Assert.Single(own.Rule.Values("from"));
        Assert.Single(own.Rule.Values("to"));
        Assert.Equal(["POST"], own.Rule.Strings("to", "operation", "methods"));
        Assert.Equal([PeerPath], own.Rule.Strings("to", "operation", "paths"));
        Assert.Empty(own.Rule.Values("to", "operation", "notPaths"));

        // No other rule names an internal path, and no workload's pods admit their own identity but the frontend's.
        Assert.All(rules.Where(entry => entry != own), entry =>
            Assert.DoesNotContain(entry.Rule.Strings("to", "operation", "paths"), path => path.StartsWith("/internal", StringComparison.Ordinal)));
        foreach (var deployment in Full.App<V1Deployment>().Where(deployment => deployment.Metadata.Name != "frontend"))
        {
            var principal = $"cluster.local/ns/leagueapp/sa/{deployment.Spec.Template.Spec.ServiceAccountName}";
            Assert.DoesNotContain(rules, entry => entry.Rule.Strings("from", "source", "principals").Contains(principal)
                && Selectors.Selects(SelectorOf(entry.Policy), deployment.Spec.Template.Metadata.Labels));
        }
    }

    [Fact]
    public void The_calls_between_frontend_pods_use_mutual_tls()
    {
        var rule = Assert.Single(Full.Istio("DestinationRule"), rule => rule.Strings("host").Single() == "frontend-peers.leagueapp.svc.cluster.local");
        Assert.Equal(["ISTIO_MUTUAL"], rule.Strings("trafficPolicy", "tls", "mode"));
        Assert.Equal(["STRICT"], Assert.Single(Full.Istio("PeerAuthentication")).Strings("mtls", "mode"));

        // The Sidecar's registry (REGISTRY_ONLY) holds the namespace's Services, the peers' among them.
        Assert.Contains("./*", Assert.Single(Full.Istio("Sidecar")).Strings("egress", "hosts"));
    }

    [Theory]
    [InlineData("base")]
    [InlineData("overlays/gateway-api")]
    [InlineData("overlays/without-mesh")]
    public async Task The_network_policies_let_frontend_pods_reach_each_other_on_their_port_and_no_other_workload_its_own(string folder)
    {
        var rendered = await Kustomize.BuildAsync(Path.Combine(Repository.Manifests, folder));

        foreach (var deployment in rendered.App<V1Deployment>())
        {
            var name = deployment.Metadata.Name;
            var port = deployment.Spec.Template.Spec.Containers.Single().Ports.Single().ContainerPort.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var own = rendered.All<V1NetworkPolicy>().Where(policy => Selectors.Selects(policy.Spec.PodSelector.MatchLabels, deployment.Spec.Template.Metadata.Labels)).ToList();
            bool Self(V1NetworkPolicyPeer peer) => peer.NamespaceSelector is null && peer.PodSelector?.MatchLabels is { } labels
                && labels.TryGetValue("app.kubernetes.io/name", out var value) && value == name;

            var fromSelf = own.SelectMany(policy => policy.Spec.Ingress ?? []).Where(rule => (rule.FromProperty ?? []).Any(Self)).ToList();
            var toSelf = own.SelectMany(policy => policy.Spec.Egress ?? []).Where(rule => (rule.To ?? []).Any(Self)).ToList();
            if (name == "frontend")
            {
                Assert.Contains(fromSelf, rule => rule.Ports.Any(allowed => allowed.Port.Value == port));
                Assert.Equal([port], Assert.Single(toSelf).Ports.Select(allowed => allowed.Port.Value));
            }
            else
            {
                Assert.Empty(fromSelf);
                Assert.Empty(toSelf);
            }
        }
    }

    private static Dictionary<string, string>? SelectorOf(CustomResource policy) =>
        policy.Values("selector", "matchLabels").Cast<IDictionary<object, object>>().SingleOrDefault()?.ToDictionary(pair => (string)pair.Key, pair => (string)pair.Value);

    private static CustomResource Node(IDictionary<object, object> node) => new() { Spec = new Dictionary<object, object>(node) };
}
