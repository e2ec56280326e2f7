using k8s.Models;

namespace LeagueApp.Hosting.Kubernetes;

/// <summary>A Gateway API HTTPRoute: the paths of a Gateway that go to a service.</summary>
internal sealed record GatewayApiHttpRoute(V1ObjectMeta Metadata, GatewayApiHttpRouteSpec Spec)
    : CustomObject<GatewayApiHttpRouteSpec>(GatewayApi.Version, "HTTPRoute", Metadata, Spec);

internal sealed record GatewayApiHttpRouteSpec(IReadOnlyList<GatewayApiParentReference> ParentRefs, IReadOnlyList<GatewayApiHttpRouteRule> Rules);

internal sealed record GatewayApiParentReference(string Name);

internal sealed record GatewayApiHttpRouteRule(IReadOnlyList<GatewayApiBackendReference> BackendRefs, IReadOnlyList<GatewayApiHttpRouteMatch> Matches, GatewayApiHttpRouteTimeouts Timeouts);

internal sealed record GatewayApiBackendReference(string Name, int Port);

/// <param name="Method">Every method when null.</param>
internal sealed record GatewayApiHttpRouteMatch(GatewayApiHttpPathMatch Path, string? Method = null);

/// <param name="Type"><c>Exact</c> or <c>PathPrefix</c>.</param>
internal sealed record GatewayApiHttpPathMatch(string Type, string Value);

internal sealed record GatewayApiHttpRouteTimeouts(string Request);
