namespace LeagueApp.Web.Tests;

// The browser is Debian's Chromium, installed by the project's own script (.ci/run); the tests
// never download one. A missing browser fails the tests with the fix, it never skips them.
public static class ChromiumInstallation
{
    public const string DefaultPath = "/usr/bin/chromium";

    // Headless, sandbox-free (CI runs as root), and quiet: no GPU, no background traffic, no updates, no sync.
    private static readonly string[] Arguments =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    /// <summary>The browser to drive: <c>CHROMIUM_PATH</c> if set, else Debian's.</summary>
    public static string Find()
    {
        var path = Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } configured ? configured : DefaultPath;
        return File.Exists(path)
            ? path
            : throw new InvalidOperationException(
                $"Chromium was not found at {path}. Install Debian's browser with `apt-get install -y chromium chromium-driver` "
                + "(bash .ci/run does this), or point CHROMIUM_PATH at a Chromium binary. The browser tests never download one.");
    }

    // Playwright starts every launch with a new temporary profile (user-data-dir), so no state carries over.
    public static BrowserTypeLaunchOptions LaunchOptions(string executablePath) => new()
    {
        ExecutablePath = executablePath,
        Headless = true,
        Args = Arguments,
    };
}
