namespace LeagueApp.Hosting.Kubernetes;

/// <summary>The Kubernetes Gateway API's standard channel.</summary>
internal static class GatewayApi
{
    public const string Version = "gateway.networking.k8s.io/v1";

    /// <summary>The label Istio (and the Gateway API) puts on the pods of a Gateway.</summary>
    public const string GatewayNameLabel = "gateway.networking.k8s.io/gateway-name";
}
