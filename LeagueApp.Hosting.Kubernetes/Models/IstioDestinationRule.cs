using k8s.Models;

namespace LeagueApp.Hosting.Kubernetes;

/// <summary>An Istio DestinationRule: how callers' proxies treat a service (connection limits, ejection, mTLS).</summary>
internal sealed record IstioDestinationRule(V1ObjectMeta Metadata, IstioDestinationRuleSpec Spec)
    : CustomObject<IstioDestinationRuleSpec>(IstioApi.Networking, "DestinationRule", Metadata, Spec);

internal sealed record IstioDestinationRuleSpec(IReadOnlyList<string> ExportTo, string Host, IstioTrafficPolicy TrafficPolicy);

internal sealed record IstioTrafficPolicy(IstioConnectionPool? ConnectionPool, IstioOutlierDetection? OutlierDetection, IstioTls Tls);

internal sealed record IstioConnectionPool(IstioHttpConnectionPool Http, IstioTcpConnectionPool Tcp);

internal sealed record IstioHttpConnectionPool(int Http1MaxPendingRequests, int Http2MaxRequests, string IdleTimeout);

internal sealed record IstioTcpConnectionPool(string ConnectTimeout, int MaxConnections);

internal sealed record IstioOutlierDetection(string BaseEjectionTime, int Consecutive5xxErrors, string Interval, int MaxEjectionPercent);

internal sealed record IstioTls(string Mode);
