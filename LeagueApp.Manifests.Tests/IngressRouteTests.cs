extern alias frontend;

using System.Text.RegularExpressions;
using LeagueApp.Manifests.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace LeagueApp.Manifests.Tests;

/// <summary>
/// Every request the frontend serves in the cluster reaches it through the ingress: each endpoint it
/// maps (as built in Production, as the cluster runs it) and each file of its web root, matched with
/// Istio's first-match rules and with the Gateway API's most-specific-match rules. What stays inside
/// the cluster (health checks, the calls of the frontend's pods to each other under /internal) is
/// matched by neither.
/// </summary>
[Collection(ManifestsCollection.Name)]
public sealed partial class IngressRouteTests(ManifestsFixture fixture)
{
    private static readonly string[] InternalPaths = ["/health", "/alive", "/internal"];

    public static TheoryData<string> Variants() => [".", "overlays/gateway-api"];

    [Theory]
    [MemberData(nameof(Variants))]
    public async Task Every_endpoint_and_static_file_of_the_frontend_has_an_ingress_route_to_it(string folder)
    {
        var rendered = folder == "." ? fixture.Full : await Kustomize.BuildAsync(Path.Combine(Repository.Manifests, folder));
        var ingress = IngressMatcher.Of(rendered);

        var requests = FrontendRequests().ToList();
        Assert.Contains(requests, request => request.Path == "/css/site.css");
        Assert.Contains(requests, request => request.Path.StartsWith("/api/", StringComparison.Ordinal));
        Assert.Contains(requests, request => request.Path.StartsWith("/openapi/", StringComparison.Ordinal));
        foreach (var (method, path) in requests)
        {
            var internalPath = InternalPaths.Any(prefix => path == prefix || path.StartsWith(prefix + "/", StringComparison.Ordinal));
            var backend = ingress.Route(method, path);
            if (internalPath)
            {
                Assert.True(backend is null, $"{method} {path} is internal, but the ingress routes it to {backend}");
            }
            else
            {
                Assert.True(backend == "frontend", $"{method} {path} is served by the frontend, but the ingress ({folder}) routes it to {backend ?? "nothing (404)"}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Variants))]
    public async Task No_ingress_route_reaches_an_internal_path(string folder)
    {
        var rendered = folder == "." ? fixture.Full : await Kustomize.BuildAsync(Path.Combine(Repository.Manifests, folder));
        var ingress = IngressMatcher.Of(rendered);

        // Whether or not the frontend maps them yet: the peers' notification and anything else under /internal.
        foreach (var path in InternalPaths.SelectMany(path => new[] { path, path + "/", path + "/caches/written", path + "/x/y" }))
        {
            foreach (var method in new[] { "GET", "HEAD", "POST", "PUT", "DELETE" })
            {
                var backend = ingress.Route(method, path);
                Assert.True(backend is null, $"{method} {path} is internal, but the ingress ({folder}) routes it to {backend}");
            }
        }
    }

    [Fact]
    public void The_mesh_retries_the_original_gets_that_write_never()
    {
        var ingress = IngressMatcher.Of(fixture.Full);

        Assert.Equal((false, true), (ingress.IsRetried("GET", "/createplayer"), ingress.IsRetried("GET", "/table")));
        Assert.Equal((false, true), (ingress.IsRetried("POST", "/api/transfers"), ingress.IsRetried("GET", "/api/teams")));
    }

    // The frontend's endpoints with a sample path each ({team} -> "x"), and every file it serves from wwwroot.
    private static IEnumerable<(string Method, string Path)> FrontendRequests()
    {
        using var factory = new WebApplicationFactory<frontend::Program>().WithWebHostBuilder(host => host
            .UseEnvironment("Production")
            .UseSetting("ConnectionStrings:api-key", "ingress-route-test-key-0123456789")
            // Only the endpoints are read; the change feed's listen to this closed port just keeps retrying.
            .UseSetting("ConnectionStrings:firestore", "Endpoint=http://127.0.0.1:9;ProjectId=ingress-route-test"));
        var endpoints = factory.Services.GetServices<EndpointDataSource>().SelectMany(source => source.Endpoints).OfType<RouteEndpoint>().ToList();
        Assert.NotEmpty(endpoints);
        foreach (var endpoint in endpoints)
        {
            var path = "/" + Parameter().Replace(endpoint.RoutePattern.RawText!.TrimStart('/'), "x");
            var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"];
            foreach (var method in methods)
            {
                yield return (method, path);
            }
        }

        var webRoot = Path.Combine(Repository.Root, "LeagueApp.Frontend", "wwwroot");
        yield return ("GET", "/");
        foreach (var file in Directory.EnumerateFiles(webRoot, "*", SearchOption.AllDirectories))
        {
            yield return ("GET", "/" + Path.GetRelativePath(webRoot, file).Replace('\\', '/'));
        }
    }

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex Parameter();
}
