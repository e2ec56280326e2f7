namespace LeagueApp.Tests;

/// <summary>The repository the tests run in, for files that docs point users to.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

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
