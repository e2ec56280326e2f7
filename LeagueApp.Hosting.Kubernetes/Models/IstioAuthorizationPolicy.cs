using k8s.Models;

namespace LeagueApp.Hosting.Kubernetes;

/// <summary>An Istio AuthorizationPolicy: which callers may reach the selected pods, and how.</summary>
internal sealed record IstioAuthorizationPolicy(V1ObjectMeta Metadata, IstioAuthorizationPolicySpec Spec)
    : CustomObject<IstioAuthorizationPolicySpec>(IstioApi.Security, "AuthorizationPolicy", Metadata, Spec);

/// <summary>With nothing set, an ALLOW policy of the whole namespace that matches nothing.</summary>
internal sealed record IstioAuthorizationPolicySpec(string? Action = null, IReadOnlyList<IstioAuthorizationRule>? Rules = null, IstioWorkloadSelector? Selector = null);

/// <summary>A rule matches requests from all its sources to all its operations; an empty rule matches every request.</summary>
internal sealed record IstioAuthorizationRule(IReadOnlyList<IstioRuleFrom>? From = null, IReadOnlyList<IstioRuleTo>? To = null);

internal sealed record IstioRuleFrom(IstioSource Source);

internal sealed record IstioSource(IReadOnlyList<string> Principals);

internal sealed record IstioRuleTo(IstioOperation Operation);

internal sealed record IstioOperation(IReadOnlyList<string> Methods, IReadOnlyList<string> Paths);

internal sealed record IstioWorkloadSelector(IReadOnlyDictionary<string, string> MatchLabels);
