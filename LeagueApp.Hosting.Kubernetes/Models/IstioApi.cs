namespace LeagueApp.Hosting.Kubernetes;

/// <summary>The API versions of Istio's kinds.</summary>
internal static class IstioApi
{
    public const string Networking = "networking.istio.io/v1";

    public const string Security = "security.istio.io/v1";
}
