using k8s.Models;

namespace LeagueApp.Manifests.Tests.Infrastructure;

/// <summary>
/// A pod's environment as the cluster would build it from its ConfigMap and Secret references, with only
/// host names and ports swapped for loopback ones: Service URLs, the listening port, Firestore's host.
/// </summary>
internal sealed record LoopbackEnvironment(IReadOnlyDictionary<string, string> Variables, IReadOnlyList<string> Swapped)
{
    public const string TestApiKey = "manifests-boot-test-key-0123456789";

    public static LoopbackEnvironment For(V1Deployment deployment, RenderedManifests manifests, IReadOnlyDictionary<string, int> loopbackPorts, Uri emulator)
    {
        var container = deployment.Spec.Template.Spec.Containers.Single();
        var configMap = manifests.All<V1ConfigMap>().Single(map => map.Metadata.Name == container.EnvFrom.Single().ConfigMapRef.Name);
        var variables = new Dictionary<string, string>(StringComparer.Ordinal);
        var swapped = new List<string>();
        foreach (var (name, value) in configMap.Data)
        {
            if (name == "HTTP_PORTS")
            {
                // The container's port becomes this service's loopback port, bound to loopback only.
                variables["ASPNETCORE_URLS"] = $"http://127.0.0.1:{loopbackPorts[deployment.Metadata.Name]}";
                swapped.Add(name);
            }
            else if (Uri.TryCreate(value, UriKind.Absolute, out var url) && loopbackPorts.TryGetValue(url.Host, out var port)
                && manifests.Service(url.Host).Spec.Ports.Single().Port == url.Port)
            {
                variables[name] = $"{url.Scheme}://127.0.0.1:{port}";
                swapped.Add(name);
            }
            else
            {
                variables[name] = value;
            }

            if (name == "ConnectionStrings__firestore")
            {
                // Firestore's host (firestore.googleapis.com in the cluster) becomes the emulator.
                variables["Firestore__EmulatorEndpoint"] = emulator.ToString();
                swapped.Add(name);
            }
        }

        foreach (var secret in (container.Env ?? []).Where(variable => variable.ValueFrom?.SecretKeyRef is not null))
        {
            variables[secret.Name] = TestApiKey;
        }

        return new LoopbackEnvironment(variables, swapped);
    }
}
