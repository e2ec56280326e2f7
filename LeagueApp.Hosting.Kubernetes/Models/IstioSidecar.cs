using k8s.Models;

namespace LeagueApp.Hosting.Kubernetes;

/// <summary>An Istio Sidecar: what the namespace's proxies may reach.</summary>
internal sealed record IstioSidecar(V1ObjectMeta Metadata, IstioSidecarSpec Spec)
    : CustomObject<IstioSidecarSpec>(IstioApi.Networking, "Sidecar", Metadata, Spec);

internal sealed record IstioSidecarSpec(IReadOnlyList<IstioEgressListener> Egress, IstioOutboundTrafficPolicy OutboundTrafficPolicy);

internal sealed record IstioEgressListener(IReadOnlyList<string> Hosts);

internal sealed record IstioOutboundTrafficPolicy(string Mode);
