using LeagueApp.Manifests.Tests.Infrastructure;

namespace LeagueApp.Manifests.Tests;

/// <summary>
/// `aspire deploy` runs the AppHost's deploy step, which applies the manifests with kubectl. Without a
/// cluster it must fail and say why, never report a deployment that did not happen.
/// </summary>
public sealed class DeployStepTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task Without_a_kube_context_the_deploy_step_fails_and_says_so()
    {
        var result = await DeployAsync(string.Empty);

        Assert.True(result.ExitCode != 0, $"the deploy step reported success without a cluster: {result}");
        Assert.Contains("No Kubernetes cluster to deploy to: kubectl has no current context", result.Output + result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_an_unreachable_cluster_the_deploy_step_fails_and_names_the_context()
    {
        // A context whose server is a closed loopback port: nothing answers there.
        var kubeconfig = $"""
            apiVersion: v1
            kind: Config
            clusters:
            - name: nowhere
              cluster:
                server: https://127.0.0.1:{LoopbackPorts.Free()}
            contexts:
            - name: nowhere
              context:
                cluster: nowhere
                user: nobody
            current-context: nowhere
            users:
            - name: nobody
              user:
                token: not-a-token
            """;

        var result = await DeployAsync(kubeconfig);

        Assert.True(result.ExitCode != 0, $"the deploy step reported success without a cluster: {result}");
        Assert.Contains("The cluster of kubectl's context 'nowhere' is not reachable", result.Output + result.Error, StringComparison.Ordinal);
        Assert.Contains("Nothing was applied.", result.Output + result.Error, StringComparison.Ordinal);
    }

    private static async Task<ProcessResult> DeployAsync(string kubeconfig)
    {
        var folder = Directory.CreateTempSubdirectory("leagueapp-deploy-");
        try
        {
            var config = Path.Combine(folder.FullName, "kubeconfig");
            await File.WriteAllTextAsync(config, kubeconfig);
            var project = Path.Combine(Repository.Root, "LeagueApp.AppHost");
            return await ProcessRunner.RunAsync(
                "dotnet",
                ["run", "--project", project, "--no-build", "--no-launch-profile", "--", "--operation", "publish", "--step", "kubernetes-apply", "--output-path", Path.Combine(folder.FullName, "out")],
                Timeout,
                environment: new Dictionary<string, string> { ["KUBECONFIG"] = config, ["DOTNET_ENVIRONMENT"] = "Development" });
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
