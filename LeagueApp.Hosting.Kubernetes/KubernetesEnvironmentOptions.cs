namespace Aspire.Hosting.ApplicationModel;

/// <summary>Cluster-wide settings of the generated manifests; the configuration section <c>Kubernetes</c> overrides them.</summary>
public sealed class KubernetesEnvironmentOptions
{
    public const string SectionName = "Kubernetes";

    /// <summary>The namespace of every object; the environment's name when not set.</summary>
    public string? Namespace { get; set; }

    /// <summary>Where the images are pushed, e.g. <c>europe-west1-docker.pkg.dev/my-project/leagueapp</c>; an image is <c>{ImageRegistry}/{resource}:{ImageTag}</c>.</summary>
    public string ImageRegistry { get; set; } = string.Empty;

    public string ImageTag { get; set; } = "1.0.0";

    /// <summary>The GCP project of the Google service accounts that Workload Identity maps the services to.</summary>
    public string? GcpProjectId { get; set; }

    /// <summary>The mesh identity of the Istio ingress gateway, the only caller of public services.</summary>
    public string IngressGatewayPrincipal { get; set; } = "cluster.local/ns/istio-system/sa/istio-ingressgateway-service-account";

    /// <summary>The value of the <c>istio</c> label on the ingress gateway's pods.</summary>
    public string IngressGatewaySelector { get; set; } = "ingressgateway";

    /// <summary>The mesh's trust domain, the first part of every workload principal.</summary>
    public string TrustDomain { get; set; } = "cluster.local";
}
