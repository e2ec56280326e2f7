using k8s.Models;

namespace LeagueApp.Hosting.Kubernetes;

/// <summary>An Istio PeerAuthentication: whether the namespace's proxies accept plain text.</summary>
internal sealed record IstioPeerAuthentication(V1ObjectMeta Metadata, IstioPeerAuthenticationSpec Spec)
    : CustomObject<IstioPeerAuthenticationSpec>(IstioApi.Security, "PeerAuthentication", Metadata, Spec);

internal sealed record IstioPeerAuthenticationSpec(IstioMutualTls Mtls);

internal sealed record IstioMutualTls(string Mode);
