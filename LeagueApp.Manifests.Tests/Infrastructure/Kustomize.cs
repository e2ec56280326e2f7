namespace LeagueApp.Manifests.Tests.Infrastructure;

/// <summary>`kubectl kustomize`, offline: what `kubectl apply -k` would send to a cluster.</summary>
internal static class Kustomize
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    public static async Task<ProcessResult> TryBuildAsync(string directory) =>
        await ProcessRunner.RunAsync("kubectl", ["kustomize", directory], Timeout);

    public static async Task<RenderedManifests> BuildAsync(string directory)
    {
        var result = await TryBuildAsync(directory);
        Assert.True(result.ExitCode == 0, $"kubectl kustomize {directory} failed: {result}");
        return RenderedManifests.Load(result.Output);
    }
}
