using Aspire.Hosting.ApplicationModel;

namespace LeagueApp.Hosting.Kubernetes;

/// <summary>
/// Marks a resource that the cluster reaches as a Google Cloud API rather than running it: services
/// that reference it authenticate with Workload Identity, or with a key file from a Secret.
/// </summary>
public sealed record GoogleCloudApiAnnotation(IReadOnlyList<string> Hosts, GoogleKeyFile KeyFile) : IResourceAnnotation;

/// <summary>The alternative to Workload Identity: a service-account key in a Secret, its path handed to the service in a setting.</summary>
public sealed record GoogleKeyFile(string SecretName, string SecretKey, string PathSetting);
