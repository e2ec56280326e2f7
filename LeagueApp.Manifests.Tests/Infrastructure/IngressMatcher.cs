using System.Text.RegularExpressions;

namespace LeagueApp.Manifests.Tests.Infrastructure;

/// <summary>
/// Which service a gateway sends a request to, by the rules of the ingress objects in a render: Istio's
/// VirtualService bound to a Gateway takes the first route that matches; the Gateway API's HTTPRoutes
/// take the most specific match (an exact path, then the longest prefix, then a method match).
/// </summary>
internal sealed class IngressMatcher
{
    private readonly Func<string, string, (string Service, bool Retried)?> _route;

    private IngressMatcher(Func<string, string, (string Service, bool Retried)?> route) => _route = route;

    public static IngressMatcher Of(RenderedManifests rendered)
    {
        var virtualService = rendered.Istio("VirtualService").SingleOrDefault(service => service.Strings("gateways").Any());
        if (virtualService is not null)
        {
            var routes = virtualService.Values("http").Cast<IDictionary<object, object>>().ToList();
            return new IngressMatcher((method, path) => routes.Where(route => IstioMatches(route, method, path))
                .Select(route => ((string Service, bool Retried)?)(ServiceOf(Node(route).Strings("route", "destination", "host").Single()),
                    Node(route).Values("retries", "attempts").Select(Convert.ToInt32).Single() > 0))
                .FirstOrDefault());
        }

        var matches = rendered.Custom("gateway.networking.k8s.io/v1", "HTTPRoute")
            .SelectMany(route => route.Values("rules").Cast<IDictionary<object, object>>())
            .SelectMany(rule => Node(rule).Values("matches").Cast<IDictionary<object, object>>()
                .Select(match => (Match: Node(match), Service: Node(rule).Strings("backendRefs", "name").Single())))
            .ToList();
        Assert.NotEmpty(matches);
        return new IngressMatcher((method, path) => matches
            .Where(candidate => GatewayApiMatches(candidate.Match, method, path))
            .OrderByDescending(candidate => candidate.Match.Strings("path", "type").Single() == "Exact")
            .ThenByDescending(candidate => candidate.Match.Strings("path", "value").Single().Length)
            .ThenByDescending(candidate => candidate.Match.Strings("method").Any())
            .Select(candidate => ((string Service, bool Retried)?)(candidate.Service, false))
            .FirstOrDefault());
    }

    /// <summary>The service the request reaches, or null when the gateway answers 404 itself.</summary>
    public string? Route(string method, string path) => _route(method, path)?.Service;

    public bool IsRetried(string method, string path) => _route(method, path)?.Retried ?? false;

    private static bool IstioMatches(IDictionary<object, object> route, string method, string path)
    {
        var matches = Node(route).Values("match").Cast<IDictionary<object, object>>().ToList();
        return matches.Count == 0 || matches.Any(match =>
        {
            var uri = (IDictionary<object, object>)match["uri"];
            var pathMatches = uri.TryGetValue("exact", out var exact) ? path == (string)exact : path.StartsWith((string)uri["prefix"], StringComparison.Ordinal);
            var methodMatches = !match.TryGetValue("method", out var methods) || Regex.IsMatch(method, (string)((IDictionary<object, object>)methods)["regex"]);
            return pathMatches && methodMatches;
        });
    }

    private static bool GatewayApiMatches(CustomResource match, string method, string path)
    {
        var value = match.Strings("path", "value").Single();
        var pathMatches = match.Strings("path", "type").Single() == "Exact"
            ? path == value
            : value == "/" || path == value || path.StartsWith(value.TrimEnd('/') + "/", StringComparison.Ordinal);
        return pathMatches && match.Strings("method").All(required => required == method);
    }

    private static CustomResource Node(IDictionary<object, object> node) => new() { Spec = new Dictionary<object, object>(node) };

    private static string ServiceOf(string fqdn) => fqdn.Split('.')[0];
}
