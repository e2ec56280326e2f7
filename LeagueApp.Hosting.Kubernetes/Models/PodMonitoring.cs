using k8s.Models;

namespace LeagueApp.Hosting.Kubernetes;

/// <summary>A PodMonitoring of Google Cloud Managed Service for Prometheus: which pods it scrapes, where and how often.</summary>
internal sealed record PodMonitoring(V1ObjectMeta Metadata, PodMonitoringSpec Spec)
    : CustomObject<PodMonitoringSpec>("monitoring.googleapis.com/v1", "PodMonitoring", Metadata, Spec);

internal sealed record PodMonitoringSpec(IReadOnlyList<ScrapeEndpoint> Endpoints, V1LabelSelector Selector);

internal sealed record ScrapeEndpoint(string Interval, string Path, int Port);
