using Aspire.Hosting.ApplicationModel;

namespace LeagueApp.AppHost;

internal static class ServiceResourceExtensions
{
    /// <summary>What every League App service gets: the write key, and probes on the paths ServiceDefaults maps.</summary>
    public static IResourceBuilder<ProjectResource> WithLeagueDefaults(
        this IResourceBuilder<ProjectResource> service, IResourceBuilder<ParameterResource> apiKey) =>
        service
            .WithEnvironment("Security__ApiKey", apiKey)
            .WithHttpProbe(ProbeType.Readiness, "/health", timeoutSeconds: 3)
            .WithHttpProbe(ProbeType.Liveness, "/alive");

    /// <summary>A backend reads and writes Firestore, and starts once the database is up.</summary>
    public static IResourceBuilder<ProjectResource> WithFirestore(
        this IResourceBuilder<ProjectResource> service, IResourceBuilder<FirestoreResource> firestore) =>
        service.WithReference(firestore).WaitFor(firestore);
}
