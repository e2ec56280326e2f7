using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Pipelines;
using Microsoft.Extensions.Configuration;

namespace LeagueApp.Hosting.Kubernetes;

/// <summary>
/// The AppHost's entry to the GKE manifests. Named for GKE and kept out of Aspire's namespaces, so that
/// nothing here is ambiguous beside Aspire's own Kubernetes integration (Aspire.Hosting.Kubernetes:
/// <c>AddKubernetesEnvironment</c>, <c>KubernetesEnvironmentResource</c>) when a project adds both.
/// </summary>
public static class GkeBuilderExtensions
{
    /// <summary>The pipeline step that writes the manifests: <c>--operation publish --step kubernetes-manifests --output-path DIR</c>.</summary>
    public const string PublishStepName = "kubernetes-manifests";

    /// <summary>The pipeline step of <c>aspire deploy</c> that applies those manifests to kubectl's current cluster.</summary>
    public const string DeployStepName = "kubernetes-apply";

    /// <summary>
    /// Adds the Kubernetes (GKE with Istio) environment that the projects are published to. Only a
    /// publish sees it; the configuration section <c>Kubernetes</c> overrides <paramref name="configure"/>.
    /// </summary>
    public static IResourceBuilder<GkeEnvironmentResource> AddGkeEnvironment(
        this IDistributedApplicationBuilder builder, string name, Action<GkeEnvironmentOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);

        var options = new GkeEnvironmentOptions();
        configure?.Invoke(options);
        builder.Configuration.GetSection(GkeEnvironmentOptions.SectionName).Bind(options);

        var resource = new GkeEnvironmentResource(name, options);
        if (!builder.ExecutionContext.IsPublishMode)
        {
            // Nothing to run or show locally.
            return builder.CreateResourceBuilder(resource);
        }

        if (string.IsNullOrWhiteSpace(options.ImageRegistry))
        {
            throw new DistributedApplicationException($"The Kubernetes environment '{name}' needs an ImageRegistry.");
        }

        builder.Pipeline.AddStep(PublishStepName, context => KubernetesPublishStep.RunAsync(resource, context), requiredBy: WellKnownPipelineSteps.Publish);
        builder.Pipeline.AddStep(DeployStepName, context => KubernetesDeployStep.RunAsync(resource, context), dependsOn: PublishStepName, requiredBy: WellKnownPipelineSteps.Deploy);
        return builder.AddResource(resource).ExcludeFromManifest();
    }

    /// <summary>Sets what only the cluster needs for this project: replicas, resources, ports, mesh policy, ingress routes.</summary>
    public static IResourceBuilder<ProjectResource> WithGkeWorkload(this IResourceBuilder<ProjectResource> builder, Action<GkeWorkloadOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configure);

        var annotation = builder.Resource.Annotations.OfType<GkeWorkloadAnnotation>().SingleOrDefault();
        if (annotation is null)
        {
            annotation = new GkeWorkloadAnnotation(new GkeWorkloadOptions());
            builder.WithAnnotation(annotation);
        }

        configure(annotation.Options);
        return builder;
    }

    /// <summary>
    /// In the cluster this resource is a Google Cloud API at <paramref name="hosts"/>: no pod; the
    /// services that reference it use Workload Identity, or optionally <paramref name="keyFile"/>.
    /// </summary>
    public static IResourceBuilder<T> PublishAsGoogleCloudApi<T>(this IResourceBuilder<T> builder, GoogleKeyFile keyFile, params string[] hosts)
        where T : IResourceWithConnectionString
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(keyFile);
        if (hosts.Length == 0)
        {
            throw new ArgumentException("Name at least one host.", nameof(hosts));
        }

        return builder.WithAnnotation(new GoogleCloudApiAnnotation(hosts, keyFile), ResourceAnnotationMutationBehavior.Replace);
    }
}
