namespace Aspire.Hosting.ApplicationModel;

public sealed record KubernetesWorkloadAnnotation(KubernetesWorkloadOptions Options) : IResourceAnnotation;
