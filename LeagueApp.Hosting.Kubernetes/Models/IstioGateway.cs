using k8s.Models;

namespace LeagueApp.Hosting.Kubernetes;

/// <summary>An Istio Gateway: which ingress gateway pods listen, on which ports, for which hosts.</summary>
internal sealed record IstioGateway(V1ObjectMeta Metadata, IstioGatewaySpec Spec)
    : CustomObject<IstioGatewaySpec>(IstioApi.Networking, "Gateway", Metadata, Spec);

/// <param name="Selector">The labels of the gateway pods, e.g. <c>istio: ingressgateway</c>.</param>
internal sealed record IstioGatewaySpec(IReadOnlyDictionary<string, string> Selector, IReadOnlyList<IstioServer> Servers);

internal sealed record IstioServer(IReadOnlyList<string> Hosts, IstioPort Port);

internal sealed record IstioPort(string Name, int Number, string Protocol);
