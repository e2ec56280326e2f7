namespace LeagueApp.Manifests.Tests.Infrastructure;

/// <summary>
/// tools/manifest-validation: the published schemas of kubernetes-models and @kubernetes-models/istio,
/// installed from the project's own package-lock.json with `npm ci` when they are missing.
/// </summary>
internal static class SchemaValidator
{
    private static readonly TimeSpan InstallTimeout = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan ValidationTimeout = TimeSpan.FromMinutes(1);
    private static readonly Lazy<Task> Installation = new(InstallAsync);

    public static async Task<ProcessResult> ValidateAsync(string yaml)
    {
        await Installation.Value;
        var file = Path.GetTempFileName();
        try
        {
            await File.WriteAllTextAsync(file, yaml);
            return await ProcessRunner.RunAsync("node", ["validate.mjs", file], ValidationTimeout, Repository.ValidationTool);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static async Task InstallAsync()
    {
        var installed = Path.Combine(Repository.ValidationTool, "node_modules", ".package-lock.json");
        var locked = Path.Combine(Repository.ValidationTool, "package-lock.json");
        if (File.Exists(installed) && File.GetLastWriteTimeUtc(installed) >= File.GetLastWriteTimeUtc(locked))
        {
            return;
        }

        var result = await ProcessRunner.RunAsync("npm", ["ci", "--no-audit", "--no-fund"], InstallTimeout, Repository.ValidationTool);
        Assert.True(result.ExitCode == 0, $"npm ci in tools/manifest-validation failed: {result}");
    }
}
