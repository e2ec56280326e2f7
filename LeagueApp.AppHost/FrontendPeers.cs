namespace LeagueApp.AppHost;

// The frontend's replicas tell each other that a write committed, pod to pod, so that every read cache
// drops its old answers at once: each pod advertises http://{POD_IP}:{its HTTP port}, and the others POST
// here (with the API key). In the cluster only the frontend's own pods may call it, and no ingress routes
// it (LeagueApp.Manifests.Tests checks both).
internal static class FrontendPeers
{
    public const string CachesWrittenPath = "/internal/caches/written";
}
