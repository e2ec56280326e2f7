using Aspire.Hosting.ApplicationModel;
using LeagueApp.Hosting.Kubernetes;

namespace LeagueApp.AppHost;

// The paths the cluster's ingress gateway sends to the frontend: the files of its web page, read from
// its wwwroot; the original application's routes (several of them GETs that write, so never retried);
// the REST API (with the live page's event stream) and its OpenAPI document. Health checks stay inside the cluster.
// LeagueApp.Manifests.Tests checks these against the endpoints the frontend really maps.
internal static class PublicRoutes
{
    public static IReadOnlyList<IngressRoute> Frontend(IProjectMetadata frontend) =>
    [
        .. IngressRoute.StaticFiles(Path.Combine(Path.GetDirectoryName(frontend.ProjectPath)!, "wwwroot")),
        IngressRoute.Exact("/bestposition", IngressRetries.Always),
        IngressRoute.Exact("/table", IngressRetries.Always),
        IngressRoute.Prefix("/bestplayers/", IngressRetries.Always),
        IngressRoute.Exact("/createplayer", IngressRetries.None),
        IngressRoute.Exact("/transferplayer", IngressRetries.None),
        IngressRoute.Prefix("/deleteplayer/", IngressRetries.None),
        IngressRoute.Prefix("/api/", IngressRetries.SafeMethodsOnly),
        IngressRoute.Prefix("/openapi/", IngressRetries.Always),
    ];
}
