using Aspire.Hosting.Pipelines;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LeagueApp.Hosting.Kubernetes;

/// <summary>The pipeline step that writes the manifests of a Kubernetes environment into the publish output folder.</summary>
internal static class KubernetesPublishStep
{
    public static async Task RunAsync(GkeEnvironmentResource environment, PipelineStepContext context)
    {
        var workloads = await WorkloadReader.ReadAsync(context.Model, environment, context.ExecutionContext, context.CancellationToken);
        var files = ManifestSet.Create(Cluster.Of(environment), workloads);
        var directory = context.Services.GetRequiredService<IPipelineOutputService>().GetOutputDirectory();
        ManifestWriter.Write(directory, files);
        context.Logger.LogInformation("Wrote {Count} Kubernetes manifest files for {Workloads} workloads to {Directory}.", files.Count, workloads.Count, directory);
    }
}
