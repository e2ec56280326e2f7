using k8s;
using k8s.Models;

namespace LeagueApp.Manifests.Tests.Infrastructure;

/// <summary>
/// An Istio, Gateway API or Managed Prometheus object as KubernetesClient loads it: typed metadata
/// (strict) and the spec as a tree. The published schemas check the spec itself (<see cref="SchemaValidator"/>).
/// </summary>
public sealed class CustomResource : IKubernetesObject<V1ObjectMeta>
{
    private static readonly string[] NetworkingKinds = ["DestinationRule", "Gateway", "ServiceEntry", "Sidecar", "VirtualService"];
    private static readonly string[] SecurityKinds = ["AuthorizationPolicy", "PeerAuthentication"];
    private static readonly string[] GatewayApiKinds = ["Gateway", "HTTPRoute"];

    /// <summary>The custom kinds the manifests may hold; any other kind fails to load.</summary>
    public static IDictionary<string, Type> TypeMap { get; } =
        NetworkingKinds.Select(kind => $"networking.istio.io/v1/{kind}")
            .Concat(SecurityKinds.Select(kind => $"security.istio.io/v1/{kind}"))
            .Concat(GatewayApiKinds.Select(kind => $"gateway.networking.k8s.io/v1/{kind}"))
            .Append("monitoring.googleapis.com/v1/PodMonitoring")
            .ToDictionary(key => key, _ => typeof(CustomResource));

    public bool IsIstio => ApiVersion.Contains(".istio.io/", StringComparison.Ordinal);

    public string ApiVersion { get; set; } = "";

    public string Kind { get; set; } = "";

    public V1ObjectMeta Metadata { get; set; } = new();

    public Dictionary<object, object> Spec { get; set; } = [];

    /// <summary>Every value at a path of the spec, lists flattened: Values("http", "route", "destination", "host").</summary>
    public IEnumerable<object> Values(params string[] path)
    {
        IEnumerable<object> nodes = [Spec];
        foreach (var key in path)
        {
            nodes = nodes.SelectMany(node => node is IDictionary<object, object> map && map.TryGetValue(key, out var value)
                ? value is List<object> list ? list : [value]
                : []);
        }

        return nodes;
    }

    public IEnumerable<string> Strings(params string[] path) => Values(path).Select(value => Assert.IsType<string>(value));
}
