namespace LeagueApp.TestSupport;

/// <summary>The checkout the tests run in, and the paths in it that they read.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string Manifests => Path.Combine(Root, "aspirate-output");

    public static string AppHostProject => Path.Combine(Root, "LeagueApp.AppHost", "LeagueApp.AppHost.csproj");

    public static string ValidationTool => Path.Combine(Root, "tools", "manifest-validation");

    public static string ApplyScript => Path.Combine(Root, "tools", "deploy", "apply.sh");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "LeagueApp.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No LeagueApp.sln above {AppContext.BaseDirectory}.");
    }
}
