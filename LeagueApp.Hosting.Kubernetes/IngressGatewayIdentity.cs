namespace LeagueApp.Hosting.Kubernetes;

/// <summary>Where an Istio ingress gateway runs, under which service account, and the <c>istio</c> label of its pods.</summary>
public sealed class IngressGatewayIdentity
{
    /// <summary>The gateway that <c>istioctl install</c> (default profile) creates.</summary>
    public static IngressGatewayIdentity Istioctl => new()
    {
        Namespace = "istio-system",
        ServiceAccount = "istio-ingressgateway-service-account",
        Selector = "ingressgateway",
    };

    public string Namespace { get; set; } = "";

    public string ServiceAccount { get; set; } = "";

    /// <summary>The value of the <c>istio</c> label on the gateway's pods, which an Istio Gateway selects.</summary>
    public string Selector { get; set; } = "";

    /// <summary>
    /// The gateway of <c>helm install RELEASE istio/gateway -n NAMESPACE</c>: the chart names the service
    /// account after the release and labels the pods <c>istio: RELEASE</c> less an "istio-" prefix.
    /// </summary>
    public static IngressGatewayIdentity HelmChart(string release = "istio-ingress", string @namespace = "istio-ingress") => new()
    {
        Namespace = @namespace,
        ServiceAccount = release,
        Selector = release.StartsWith("istio-", StringComparison.Ordinal) ? release["istio-".Length..] : release,
    };
}
