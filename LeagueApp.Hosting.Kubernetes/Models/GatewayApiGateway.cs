using k8s.Models;

namespace LeagueApp.Hosting.Kubernetes;

/// <summary>A Gateway API Gateway: its class deploys the gateway; its listeners admit routes.</summary>
internal sealed record GatewayApiGateway(V1ObjectMeta Metadata, GatewayApiGatewaySpec Spec)
    : CustomObject<GatewayApiGatewaySpec>(GatewayApi.Version, "Gateway", Metadata, Spec);

internal sealed record GatewayApiGatewaySpec(string GatewayClassName, IReadOnlyList<GatewayApiListener> Listeners);

internal sealed record GatewayApiListener(GatewayApiAllowedRoutes AllowedRoutes, string Name, int Port, string Protocol);

internal sealed record GatewayApiAllowedRoutes(GatewayApiRouteNamespaces Namespaces);

internal sealed record GatewayApiRouteNamespaces(string From);
