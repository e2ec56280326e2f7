using LeagueApp.Manifests.Tests.Infrastructure;

namespace LeagueApp.Manifests.Tests;

/// <summary>tools/deploy/apply.sh with no cluster: it lists what it would apply and never pretends to deploy.</summary>
[Collection(ManifestsCollection.Name)]
public sealed class ApplyScriptTests(ManifestsFixture fixture)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(1);

    [Fact]
    public async Task A_dry_run_without_a_cluster_lists_every_object_of_the_default_deployment()
    {
        var result = await RunAsync("--dry-run");

        Assert.True(result.ExitCode == 0, result.ToString());
        var listed = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(fixture.Full.Objects.Count, listed.Length);
        Assert.Contains("Deployment leagueapp/frontend (dry run)", listed);
        Assert.Contains("Gateway leagueapp/leagueapp-gateway (dry run)", listed);
        Assert.Contains("No Kubernetes cluster is reachable", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_dry_run_takes_another_kustomization()
    {
        var result = await RunAsync("--dry-run", Path.Combine(Repository.Manifests, "overlays", "without-mesh"));

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.DoesNotContain("Gateway", result.Output, StringComparison.Ordinal);
        Assert.Contains("Service leagueapp/frontend (dry run)", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_real_apply_without_a_cluster_fails_and_says_nothing_was_applied()
    {
        var result = await RunAsync();

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Nothing was applied", result.Error, StringComparison.Ordinal);
    }

    // An empty kubeconfig: no context, so the script must not ask any server (kubectl would try localhost:8080).
    private static async Task<ProcessResult> RunAsync(params string[] arguments)
    {
        var kubeconfig = Path.GetTempFileName();
        try
        {
            return await ProcessRunner.RunAsync("bash", [Repository.ApplyScript, .. arguments], Timeout,
                environment: new Dictionary<string, string> { ["KUBECONFIG"] = kubeconfig });
        }
        finally
        {
            File.Delete(kubeconfig);
        }
    }
}
