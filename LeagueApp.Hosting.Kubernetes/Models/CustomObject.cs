using k8s.Models;

namespace LeagueApp.Hosting.Kubernetes;

/// <summary>
/// An object of a kind that KubernetesClient does not model (Istio, the Gateway API, Managed
/// Prometheus): each kind is a record of its own that fixes the apiVersion and kind and types the spec.
/// </summary>
internal abstract record CustomObject<TSpec>(string ApiVersion, string Kind, V1ObjectMeta Metadata, TSpec Spec);
