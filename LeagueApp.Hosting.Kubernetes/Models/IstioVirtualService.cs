using k8s.Models;

namespace LeagueApp.Hosting.Kubernetes;

/// <summary>An Istio VirtualService: routes that the mesh tries in order, with their retries and timeouts.</summary>
internal sealed record IstioVirtualService(V1ObjectMeta Metadata, IstioVirtualServiceSpec Spec)
    : CustomObject<IstioVirtualServiceSpec>(IstioApi.Networking, "VirtualService", Metadata, Spec);

internal sealed record IstioVirtualServiceSpec(IReadOnlyList<string> ExportTo, IReadOnlyList<string> Hosts, IReadOnlyList<IstioHttpRoute> Http, IReadOnlyList<string>? Gateways = null);

/// <param name="Match">What the route takes; every request when null.</param>
internal sealed record IstioHttpRoute(string Name, IReadOnlyList<IstioHttpMatch>? Match, IstioRetries Retries, IReadOnlyList<IstioRouteDestination> Route, string Timeout);

internal sealed record IstioHttpMatch(IstioStringMatch? Uri = null, IstioStringMatch? Method = null);

/// <summary>One of its fields: an exact value, a prefix or a regular expression.</summary>
internal sealed record IstioStringMatch(string? Exact = null, string? Prefix = null, string? Regex = null);

/// <param name="PerTryTimeout">How long one attempt may take; only with attempts.</param>
/// <param name="RetryOn">The failures that are retried; only with attempts.</param>
internal sealed record IstioRetries(int Attempts, string? PerTryTimeout = null, string? RetryOn = null);

internal sealed record IstioRouteDestination(IstioDestination Destination);

internal sealed record IstioDestination(string Host, IstioPortSelector Port);

internal sealed record IstioPortSelector(int Number);
