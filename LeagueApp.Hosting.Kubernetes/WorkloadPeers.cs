using k8s.Models;

namespace LeagueApp.Hosting.Kubernetes;

/// <summary>
/// What the pods of a workload with <see cref="GkeWorkloadOptions.PeerPaths"/> need to call each other
/// directly: each pod's own address in its environment, to advertise, and a headless Service that makes
/// those addresses known to the mesh. The policies that admit the calls are with the others
/// (<see cref="IstioManifests"/>, <see cref="NetworkPolicyManifests"/>).
/// </summary>
internal static class WorkloadPeers
{
    /// <summary>The pod's own IP address, from the downward API.</summary>
    public const string PodIpVariable = "POD_IP";

    /// <summary>The only method a peer may call the paths with.</summary>
    public const string Method = "POST";

    // Deliberately no protocol in the name and no appProtocol (see Service).
    private const string PortName = "peers";

    public static V1EnvVar PodIp() => ObservabilityManifests.FieldReference(PodIpVariable, "status.podIP");

    /// <summary>
    /// A sidecar knows a pod's IP only as an endpoint of a Service. Without this one, a call to
    /// http://POD_IP:port would be unknown traffic: dropped by the Sidecar's REGISTRY_ONLY, and never
    /// mutual TLS, which STRICT requires. For each pod of a headless Service the calling sidecar has a
    /// listener on IP:port that sends the call over mutual TLS to that very pod, whose sidecar then applies
    /// the AuthorizationPolicy; nothing is load-balanced and the Service has no virtual IP.
    /// </summary>
    public static V1Service Service(Cluster cluster, Workload workload) => new V1Service
    {
        Metadata = cluster.Metadata(workload.PeersServiceName, workload.Name),
        Spec = new V1ServiceSpec
        {
            ClusterIP = "None",
            // The port is the container's own, which callers connect to (there is no virtual IP to translate).
            // Its protocol is left to Istio's detection, which still sees HTTP: Istio makes the per-pod
            // listeners only for a port that is not declared HTTP. A declared HTTP port shares the
            // 0.0.0.0:port route, whose hosts are the Service's names, and a request to a pod's IP carries
            // the IP as its Host: it would miss the route (istio/istio tests/integration/pilot/common/routing.go,
            // hostCases: mutual TLS for a pod IP as Host only on the auto-detected port). The workload's own
            // Service targets the same container port; the receiving sidecar takes the protocol of the older
            // of the two, HTTP or detection, and sees HTTP either way.
            Ports = [new V1ServicePort { Name = PortName, Port = workload.ContainerPort, Protocol = "TCP", TargetPort = Workload.PortName }],
            // A pod is a peer from its start to the end of its drain (it still serves during DrainDelay):
            // its address is published while it is not ready, too.
            PublishNotReadyAddresses = true,
            Selector = cluster.Selector(workload.Name),
            Type = "ClusterIP",
        },
    }.WithTypeMeta();
}
