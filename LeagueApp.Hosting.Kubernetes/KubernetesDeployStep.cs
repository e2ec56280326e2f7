using System.Diagnostics;
using Aspire.Hosting;
using Aspire.Hosting.Pipelines;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LeagueApp.Hosting.Kubernetes;

/// <summary>
/// The pipeline step behind <c>aspire deploy</c>: applies the freshly written manifests to the cluster
/// of kubectl's current context, after the cluster itself has checked them (a server-side dry run).
/// Without a reachable cluster it fails and says so; it never reports a deployment that did not happen.
/// </summary>
internal static class KubernetesDeployStep
{
    private static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(15);
    private static readonly TimeSpan ApplyTimeout = TimeSpan.FromMinutes(5);

    public static async Task RunAsync(GkeEnvironmentResource environment, PipelineStepContext context)
    {
        try
        {
            await ApplyAsync(environment, context);
        }
        catch (DistributedApplicationException)
        {
            // The pipeline logs the failure and stops the host, whose exit code would still say success.
            Environment.ExitCode = 1;
            throw;
        }
    }

    private static async Task ApplyAsync(GkeEnvironmentResource environment, PipelineStepContext context)
    {
        var output = context.Services.GetRequiredService<IPipelineOutputService>().GetOutputDirectory();
        var kustomization = Path.GetFullPath(Path.Combine(output, environment.Options.DeployKustomization));
        var ct = context.CancellationToken;

        var current = await KubectlAsync(["config", "current-context"], ProbeTimeout, ct);
        if (current.ExitCode != 0 || current.Output.Length == 0)
        {
            throw new DistributedApplicationException(
                "No Kubernetes cluster to deploy to: kubectl has no current context. Point it at the cluster " +
                "(e.g. gcloud container clusters get-credentials CLUSTER --region REGION) and deploy again. Nothing was applied.");
        }

        var contextName = current.Output.Trim();
        var reachable = await KubectlAsync(["version", "--request-timeout=10s"], ProbeTimeout, ct);
        if (reachable.ExitCode != 0)
        {
            throw new DistributedApplicationException(
                $"The cluster of kubectl's context '{contextName}' is not reachable: {reachable.Error.Trim()} Nothing was applied.");
        }

        context.Logger.LogInformation("Checking {Kustomization} against the cluster of '{Context}' (server-side dry run).", kustomization, contextName);
        await KubectlApplyAsync(["apply", "-k", kustomization, "--dry-run=server"], "The cluster refused the manifests in a dry run; nothing was applied", ct);

        context.Logger.LogInformation("Applying {Kustomization} to the cluster of '{Context}'.", kustomization, contextName);
        var applied = await KubectlApplyAsync(["apply", "-k", kustomization], "kubectl apply failed part way; run it again once the cause is fixed", ct);
        context.Logger.LogInformation("{Applied}", applied.Output.Trim());
    }

    private static async Task<KubectlResult> KubectlApplyAsync(string[] arguments, string failure, CancellationToken ct)
    {
        var result = await KubectlAsync(arguments, ApplyTimeout, ct);
        return result.ExitCode == 0 ? result : throw new DistributedApplicationException($"{failure}: {result.Error.Trim()}");
    }

    private static async Task<KubectlResult> KubectlAsync(string[] arguments, TimeSpan timeout, CancellationToken ct)
    {
        var start = new ProcessStartInfo("kubectl") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new DistributedApplicationException("kubectl could not be started.");
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            throw new DistributedApplicationException("kubectl is not on PATH: install it (it comes with the Google Cloud SDK) to deploy.", ex);
        }

        using (process)
        {
            using var limit = CancellationTokenSource.CreateLinkedTokenSource(ct);
            limit.CancelAfter(timeout);
            var output = process.StandardOutput.ReadToEndAsync(limit.Token);
            var error = process.StandardError.ReadToEndAsync(limit.Token);
            try
            {
                await process.WaitForExitAsync(limit.Token);
                return new KubectlResult(process.ExitCode, await output, await error);
            }
            catch (OperationCanceledException) when (!ct.IsCancellationRequested)
            {
                process.Kill(entireProcessTree: true);
                throw new DistributedApplicationException($"kubectl {string.Join(' ', arguments)} did not finish within {timeout.TotalSeconds:0} s.");
            }
        }
    }

    private sealed record KubectlResult(int ExitCode, string Output, string Error);
}
