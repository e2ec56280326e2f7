namespace LeagueApp.Hosting.Kubernetes;

/// <summary>One project of the model as the cluster runs it.</summary>
internal sealed record Workload(
    string Name,
    GkeWorkloadOptions Options,
    int ContainerPort,
    bool IsExternal,
    HttpProbe Readiness,
    HttpProbe Liveness,
    IReadOnlyDictionary<string, string> Settings,
    IReadOnlyDictionary<string, SecretReference> Secrets,
    IReadOnlyList<string> Callers,
    IReadOnlyList<GoogleCloudApi> GoogleApis)
{
    public const string PortName = "http";

    public int ServicePort => Options.ServicePort ?? ContainerPort;

    public bool IsAutoscaled => Options.MaxReplicas > Options.Replicas;
}

internal sealed record HttpProbe(string Path, int InitialDelaySeconds, int PeriodSeconds, int TimeoutSeconds, int FailureThreshold);

internal sealed record SecretReference(string SecretName, string Key);

/// <summary>A referenced resource that the cluster reaches as a Google Cloud API.</summary>
internal sealed record GoogleCloudApi(string ResourceName, GoogleCloudApiAnnotation Api);
