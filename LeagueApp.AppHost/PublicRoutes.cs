using Aspire.Hosting.ApplicationModel;

namespace LeagueApp.AppHost;

// The paths the cluster's ingress gateway sends to the frontend: the original application's routes
// (several of them GETs that write, so never retried) plus the REST API and its OpenAPI document.
internal static class PublicRoutes
{
    public static IReadOnlyList<IngressRoute> Frontend { get; } =
    [
        IngressRoute.Exact("/", IngressRetries.Always),
        IngressRoute.Exact("/bestposition", IngressRetries.Always),
        IngressRoute.Exact("/table", IngressRetries.Always),
        IngressRoute.Prefix("/bestplayers/", IngressRetries.Always),
        IngressRoute.Exact("/createplayer", IngressRetries.None),
        IngressRoute.Exact("/transferplayer", IngressRetries.None),
        IngressRoute.Prefix("/deleteplayer/", IngressRetries.None),
        IngressRoute.Prefix("/api", IngressRetries.SafeMethodsOnly),
        IngressRoute.Prefix("/openapi", IngressRetries.Always),
    ];
}
