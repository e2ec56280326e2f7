using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using LeagueApp.Hosting.Kubernetes;

namespace LeagueApp.Manifests.Tests.Infrastructure;

/// <summary>
/// Builds the AppHost's model in publish mode once, runs the manifest step into a temporary folder,
/// and renders the committed manifests with kustomize.
/// </summary>
public sealed class ManifestsFixture : IAsyncLifetime
{
    /// <summary>The api-key parameter's value during generation: it must appear in no generated file.</summary>
    public const string SecretCanary = "canary-4f1d9a7c2b8e6d03";

    private static readonly TimeSpan GenerationTimeout = TimeSpan.FromMinutes(2);

    public string GeneratedDirectory { get; } = Directory.CreateTempSubdirectory("leagueapp-manifests-").FullName;

    public IReadOnlyList<ModelProject> ModelProjects { get; private set; } = [];

    public GkeEnvironmentOptions Environment { get; private set; } = new();

    internal RenderedManifests Full { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        using var timeout = new CancellationTokenSource(GenerationTimeout);
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.LeagueApp_AppHost>(
            ["--operation", "publish", "--step", GkeBuilderExtensions.PublishStepName, "--output-path", GeneratedDirectory, $"Parameters:api-key={SecretCanary}"],
            timeout.Token);
        Environment = builder.Resources.OfType<GkeEnvironmentResource>().Single().Options;
        ModelProjects = await ReadProjectsAsync(builder.Resources);

        // In publish mode the app runs the pipeline (only the named step) and stops by itself.
        await using (var app = await builder.BuildAsync(timeout.Token))
        {
            await app.RunAsync(timeout.Token);
        }

        Full = await Kustomize.BuildAsync(Repository.Manifests);
    }

    public Task DisposeAsync()
    {
        Directory.Delete(GeneratedDirectory, recursive: true);
        return Task.CompletedTask;
    }

    public ModelProject Project(string name) => Assert.Single(ModelProjects, project => project.Name == name);

    private static async Task<IReadOnlyList<ModelProject>> ReadProjectsAsync(IEnumerable<IResource> resources)
    {
        var projects = new List<ModelProject>();
        foreach (var project in resources.OfType<ProjectResource>())
        {
            var environment = await PublishEnvironmentAsync(project);
            var probes = project.Annotations.OfType<EndpointProbeAnnotation>().ToDictionary(probe => probe.Type.ToString(), probe => probe.Path);
            var references = project.Annotations.OfType<ResourceRelationshipAnnotation>()
                .Where(relationship => relationship.Type == "Reference")
                .Select(relationship => relationship.Resource.Name)
                .Distinct()
                .ToList();
            var peerPaths = project.Annotations.OfType<GkeWorkloadAnnotation>().SingleOrDefault()?.Options.PeerPaths ?? [];
            projects.Add(new ModelProject(project.Name, project.GetProjectMetadata().ProjectPath, environment, references, probes, peerPaths));
        }

        return projects;
    }

    // The environment as the publish manifest writes it: literals, or expressions like {stats.bindings.http.url}.
    internal static async Task<IReadOnlyDictionary<string, string>> PublishEnvironmentAsync(IResource project)
    {
        var values = new Dictionary<string, object>();
        var context = new EnvironmentCallbackContext(new DistributedApplicationExecutionContext(DistributedApplicationOperation.Publish), project, values);
        foreach (var callback in project.Annotations.OfType<EnvironmentCallbackAnnotation>())
        {
            await callback.Callback(context);
        }

        return values.ToDictionary(
            variable => variable.Key,
            variable => variable.Value as string ?? Assert.IsAssignableFrom<IManifestExpressionProvider>(variable.Value).ValueExpression);
    }
}

[CollectionDefinition(Name)]
public sealed class ManifestsCollection : ICollectionFixture<ManifestsFixture>
{
    public const string Name = "Manifests";
}
