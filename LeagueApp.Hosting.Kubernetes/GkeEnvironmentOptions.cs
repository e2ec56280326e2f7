namespace LeagueApp.Hosting.Kubernetes;

/// <summary>Cluster-wide settings of the generated manifests; the configuration section <c>Kubernetes</c> overrides them.</summary>
public sealed class GkeEnvironmentOptions
{
    public const string SectionName = "Kubernetes";

    /// <summary>The namespace of every object; the environment's name when not set.</summary>
    public string? Namespace { get; set; }

    /// <summary>Where the images are pushed, e.g. <c>europe-west1-docker.pkg.dev/my-project/leagueapp</c>; an image is <c>{ImageRegistry}/{resource}:{ImageTag}</c>.</summary>
    public string ImageRegistry { get; set; } = string.Empty;

    public string ImageTag { get; set; } = "1.0.0";

    /// <summary>
    /// Pins images by digest, per resource (e.g. <c>Kubernetes:ImageDigests:frontend=sha256:...</c> on the
    /// command line), so a moved tag cannot change what runs: the image becomes <c>{registry}/{resource}:{tag}@{digest}</c>.
    /// </summary>
    public Dictionary<string, string> ImageDigests { get; set; } = new(StringComparer.Ordinal);

    /// <summary>The GCP project of the Google service accounts that Workload Identity maps the services to.</summary>
    public string? GcpProjectId { get; set; }

    /// <summary>
    /// The Istio ingress gateway that the <c>istio-ingress</c> component's Gateway binds to and that alone
    /// may call public services; <c>istioctl install</c>'s by default (<see cref="IngressGatewayIdentity.Istioctl"/>).
    /// A gateway installed with Istio's <c>istio/gateway</c> Helm chart: <see cref="IngressGatewayIdentity.HelmChart"/>,
    /// or the section <c>Kubernetes:IngressGateway</c> (Namespace, ServiceAccount, Selector).
    /// </summary>
    public IngressGatewayIdentity IngressGateway { get; set; } = IngressGatewayIdentity.Istioctl;

    /// <summary>
    /// The GatewayClass of the <c>gateway-api</c> component's Gateway. With <c>istio</c>, Istio deploys the
    /// gateway in the application's namespace under the service account <c>{gateway}-istio</c>, which the
    /// public services then admit.
    /// </summary>
    public string GatewayClassName { get; set; } = "istio";

    /// <summary>
    /// What <c>aspire deploy</c> applies, relative to the output folder: the full deployment (".") or an
    /// overlay such as <c>overlays/gateway-api</c>.
    /// </summary>
    public string DeployKustomization { get; set; } = ".";

    /// <summary>The mesh's trust domain, the first part of every workload principal.</summary>
    public string TrustDomain { get; set; } = "cluster.local";
}
