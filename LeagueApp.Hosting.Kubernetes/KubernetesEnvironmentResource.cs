namespace Aspire.Hosting.ApplicationModel;

/// <summary>
/// A Kubernetes cluster with Istio that the model's projects are published to. Its name names the
/// application there: the default namespace and the prefix of shared objects (gateway, secrets).
/// </summary>
public sealed class KubernetesEnvironmentResource(string name, KubernetesEnvironmentOptions options) : Resource(name)
{
    public KubernetesEnvironmentOptions Options { get; } = options;

    public string Namespace => Options.Namespace ?? Name;
}
