using Aspire.Hosting.ApplicationModel;

namespace Aspire.Hosting;

public static class FirestoreBuilderExtensions
{
    public const string DefaultProjectId = "apps-microservices";

    /// <summary>
    /// Adds Firestore. A local run starts Google's official emulator from the machine on an
    /// allocated port; a published model hands the services the GCP project id only.
    /// </summary>
    public static IResourceBuilder<FirestoreResource> AddFirestore(
        this IDistributedApplicationBuilder builder, string name, string projectId = DefaultProjectId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(projectId);

        if (builder.ExecutionContext.IsPublishMode)
        {
            var published = new FirestoreResource(name, "firestore", builder.AppHostDirectory, projectId) { IsEmulator = false };
            return builder.AddResource(published).ExcludeFromManifest();
        }

        // Fail at once with the fix, rather than leave every service waiting on a resource that never starts.
        var launcher = FirestoreEmulatorInstallation.FindLauncher(builder.Configuration["Firestore:SdkRoot"])
            ?? throw new DistributedApplicationException(FirestoreEmulatorInstallation.InstallHint);

        var resource = new FirestoreResource(name, launcher, Path.GetDirectoryName(launcher)!, projectId);
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
