using Aspire.Hosting.ApplicationModel;
using LeagueApp.Hosting.Kubernetes;
using LeagueApp.Timeouts;
using Microsoft.Extensions.Configuration;

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

    /// <summary>
    /// The services' time limits (section "Timeouts" of the AppHost's configuration, checked here as
    /// each service checks them): what is set there reaches every service, and the mesh's route timeout.
    /// </summary>
    public static TimeoutBudget GetTimeoutBudget(this IDistributedApplicationBuilder builder)
    {
        var budget = builder.Configuration.GetSection(TimeoutBudget.SectionName).Get<TimeoutBudget>() ?? new TimeoutBudget();
        return budget.Problems() is { Count: > 0 } problems
            ? throw new InvalidOperationException($"The time limits do not nest: {string.Join(" ", problems)}")
            : budget;
    }

    /// <summary>
    /// What every League App service gets: the write key, probes on the paths ServiceDefaults maps, the
    /// time limits set for the AppHost, and mesh routes that outlast them.
    /// </summary>
    public static IResourceBuilder<ProjectResource> WithLeagueDefaults(
        this IResourceBuilder<ProjectResource> service, IResourceBuilder<ParameterResource> apiKey, TimeoutBudget timeouts)
    {
        var settings = service.ApplicationBuilder.Configuration.GetSection(TimeoutBudget.SectionName).AsEnumerable();
        foreach (var (key, value) in settings.Where(setting => setting.Value is not null))
        {
            service.WithEnvironment(key.Replace(":", "__", StringComparison.Ordinal), value);
        }

        return service
            .WithEnvironment(ApiKeyVariable, apiKey)
            .WithHttpProbe(ProbeType.Readiness, "/health", timeoutSeconds: 3)
            .WithHttpProbe(ProbeType.Liveness, "/alive")
            .WithGkeWorkload(workload =>
            {
                workload.RequestTimeout = timeouts.MeshRoute;
                workload.RetryAttemptTimeout = timeouts.MeshRetryAttempt;
            });
    }

    /// <summary>A backend reads and writes Firestore, and starts once the database is up.</summary>
    public static IResourceBuilder<ProjectResource> WithFirestore(
        this IResourceBuilder<ProjectResource> service, IResourceBuilder<FirestoreResource> firestore) =>
        service.WithReference(firestore).WaitFor(firestore);
}
