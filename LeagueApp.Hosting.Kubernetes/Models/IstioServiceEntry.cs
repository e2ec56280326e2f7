using k8s.Models;

namespace LeagueApp.Hosting.Kubernetes;

/// <summary>An Istio ServiceEntry: a destination outside the mesh that its proxies may reach.</summary>
internal sealed record IstioServiceEntry(V1ObjectMeta Metadata, IstioServiceEntrySpec Spec)
    : CustomObject<IstioServiceEntrySpec>(IstioApi.Networking, "ServiceEntry", Metadata, Spec);

/// <param name="Addresses">Fixed addresses; only with STATIC resolution.</param>
/// <param name="Endpoints">Where the hosts are; only with STATIC resolution.</param>
internal sealed record IstioServiceEntrySpec(
    IReadOnlyList<string> ExportTo,
    IReadOnlyList<string> Hosts,
    string Location,
    IReadOnlyList<IstioPort> Ports,
    string Resolution,
    IReadOnlyList<string>? Addresses = null,
    IReadOnlyList<IstioWorkloadEntry>? Endpoints = null);

internal sealed record IstioWorkloadEntry(string Address);
