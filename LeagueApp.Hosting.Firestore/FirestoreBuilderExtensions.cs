using Aspire.Hosting.ApplicationModel;

namespace Aspire.Hosting;

public static class FirestoreBuilderExtensions
{
    public const string DefaultProjectId = "apps-microservices";

    // Firestore's name for a project's first database.
    public const string DefaultDatabaseId = "(default)";

    /// <summary>
    /// Adds Firestore. A local run starts Google's official emulator from the machine on an
    /// allocated port; a published model hands the services the GCP project and database ids.
    /// </summary>
    public static IResourceBuilder<FirestoreResource> AddFirestore(
        this IDistributedApplicationBuilder builder, string name, string projectId = DefaultProjectId, string databaseId = DefaultDatabaseId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(projectId);
        ArgumentException.ThrowIfNullOrWhiteSpace(databaseId);

        if (builder.ExecutionContext.IsPublishMode)
        {
            // No emulator in a cluster. The publish manifest (what Aspirate and other tools deploy from)
            // shows the database as a value.v0 holding its connection string, as AddConnectionString
            // would, so that the services' {firestore.connectionString} resolves to the project.
            var published = new FirestoreResource(name, "firestore", builder.AppHostDirectory, projectId, databaseId) { IsEmulator = false };
            return builder.AddResource(published).WithManifestPublishingCallback(context =>
            {
                context.Writer.WriteString("type", "value.v0");
                context.WriteConnectionString(published);
            });
        }

        // Fail at once with the fix, rather than leave every service waiting on a resource that never starts.
        var launcher = FirestoreEmulatorInstallation.FindLauncher(builder.Configuration["Firestore:SdkRoot"])
            ?? throw new DistributedApplicationException(FirestoreEmulatorInstallation.InstallHint);

        var resource = new FirestoreResource(name, launcher, Path.GetDirectoryName(launcher)!, projectId, databaseId);
        return builder.AddResource(resource)
            .WithHttpEndpoint(name: FirestoreResource.EndpointName)
            .WithArgs(context =>
            {
                context.Args.Add("start");
                context.Args.Add("--host=127.0.0.1");
                context.Args.Add(ReferenceExpression.Create(
                    $"--port={resource.PrimaryEndpoint.Property(EndpointProperty.TargetPort)}"));
            })
            // The emulator answers "Ok" on / once it accepts requests.
            .WithHttpHealthCheck("/", endpointName: FirestoreResource.EndpointName)
            .WithIconName("Database");
    }
}
