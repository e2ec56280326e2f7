namespace LeagueApp.Hosting.Kubernetes;

/// <summary>One project of the model as the cluster runs it.</summary>
internal sealed record Workload(
    string Name,
    GkeWorkloadOptions Options,
    WorkloadPorts Ports,
    bool IsExternal,
    HttpProbe Readiness,
    HttpProbe Liveness,
    IReadOnlyDictionary<string, string> Settings,
    IReadOnlyDictionary<string, SecretReference> Secrets,
    IReadOnlyList<string> Callers,
    IReadOnlyList<GoogleCloudApi> GoogleApis)
{
    public const string PortName = "http";

    public int ContainerPort => Ports.ContainerPort;

    public int ServicePort => Ports.ServicePort;

    /// <summary>Whether the pods call each other directly (<see cref="GkeWorkloadOptions.PeerPaths"/>).</summary>
    public bool HasPeers => Options.PeerPaths.Count > 0;

    /// <summary>The headless Service that makes the pods' own addresses known to the mesh.</summary>
    public string PeersServiceName => $"{Name}-peers";
}

/// <summary>The port the container listens on, and the Service's port in front of it (the same unless set).</summary>
internal sealed record WorkloadPorts(int ContainerPort, int ServicePort);

internal sealed record HttpProbe(string Path, int InitialDelaySeconds, int PeriodSeconds, int TimeoutSeconds, int FailureThreshold);

internal sealed record SecretReference(string SecretName, string Key);

/// <summary>A referenced resource that the cluster reaches as a Google Cloud API.</summary>
internal sealed record GoogleCloudApi(string ResourceName, GoogleCloudApiAnnotation Api);
