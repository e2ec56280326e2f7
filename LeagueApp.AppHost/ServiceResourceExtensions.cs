using Aspire.Hosting.ApplicationModel;

namespace LeagueApp.AppHost;

internal static class ServiceResourceExtensions
{
    // The services read their write key from the connection string "api-key" (ApiKeyOptions in
    // LeagueApp.AspNetCore). A connection string because Aspirate, which deploys from the publish
    // manifest, puts only variables named ConnectionString* (and two database passwords) into a
    // Secret: under any other name the key's value would sit in plain text in every ConfigMap.
    // The project's own kubernetes-manifests step turns the secret parameter into a Secret
    // reference whatever the variable's name.
    private const string ApiKeyVariable = "ConnectionStrings__api-key";

    /// <summary>What every League App service gets: the write key, and probes on the paths ServiceDefaults maps.</summary>
    public static IResourceBuilder<ProjectResource> WithLeagueDefaults(
        this IResourceBuilder<ProjectResource> service, IResourceBuilder<ParameterResource> apiKey) =>
        service
            .WithEnvironment(ApiKeyVariable, apiKey)
            .WithHttpProbe(ProbeType.Readiness, "/health", timeoutSeconds: 3)
            .WithHttpProbe(ProbeType.Liveness, "/alive");

    /// <summary>A backend reads and writes Firestore, and starts once the database is up.</summary>
    public static IResourceBuilder<ProjectResource> WithFirestore(
        this IResourceBuilder<ProjectResource> service, IResourceBuilder<FirestoreResource> firestore) =>
        service.WithReference(firestore).WaitFor(firestore);
}
