using System.Reflection;

namespace LeagueApp.Web.Tests;

// Files the tests leave for people to look at, such as screenshots, under this project's TestResults.
public static class Artifacts
{
    public static string Directory { get; } = Path.Combine(
        typeof(Artifacts).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "ArtifactsDirectory").Value!,
        "screenshots");

    public static async Task<string> ScreenshotAsync(IPage page, string name)
    {
        System.IO.Directory.CreateDirectory(Directory);
        var path = Path.Combine(Directory, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        return path;
    }
}
