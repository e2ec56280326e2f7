using Aspire.Hosting.ApplicationModel;

namespace LeagueApp.Hosting.Kubernetes;

/// <summary>
/// A Kubernetes cluster with Istio that the model's projects are published to. Its name names the
/// application there: the default namespace and the prefix of shared objects (gateway, secrets).
/// </summary>
public sealed class GkeEnvironmentResource(string name, GkeEnvironmentOptions options) : Resource(name)
{
    public GkeEnvironmentOptions Options { get; } = options;

    public string Namespace => Options.Namespace ?? Name;
}
