using Aspire.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LeagueApp.Web.Tests;

// One running AppHost and one headless Chromium for the whole collection: the AppHost costs a
// gigabyte and most of two cores, so the browser tests and the dashboard command tests share it.
public sealed class WebAppFixture : IAsyncLifetime
{
    // Fixed for the tests instead of generated, so the browser and the API clients can present it.
    public const string ApiKey = "web-test-key-8d2b6f0c4e1a9735";

    private DistributedApplication? _app;
    private HttpClient? _writer;
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private StartFailure? _startFailure;

    public DistributedApplication App => StartFailure.Guard(_startFailure, _app);

    /// <summary>The frontend's address, as the browser opens it.</summary>
    public Uri FrontendUrl => StartFailure.Guard(_startFailure, _writer).BaseAddress!;

    /// <summary>The frontend's API with the key, to prepare and restore data around a browser test.</summary>
    public HttpClient Writer => StartFailure.Guard(_startFailure, _writer);

    public async Task InitializeAsync()
    {
        // Checked first: without a browser there is no point in starting the app.
        var chromium = ChromiumInstallation.Find();

        using var cts = new CancellationTokenSource(AppHostStartup.StartLimit);
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.LeagueApp_AppHost>([$"Parameters:api-key={ApiKey}"], cts.Token);
        builder.Services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));

        _app = await builder.BuildAsync(cts.Token);
        try
        {
            await _app.StartUntilHealthyAsync("frontend", cts.Token);
        }
        catch (AppHostStartException e)
        {
            // Kept for the tests to tell once (StartFailure) rather than failing each with the same story.
            _startFailure = new StartFailure(e);
            return;
        }

        _writer = _app.CreateHttpClient("frontend");
        _writer.Timeout = TimeSpan.FromSeconds(60);
        _writer.DefaultRequestHeaders.Add("X-Api-Key", ApiKey);

        // The page reloads after every change; on two busy cores that can take longer than the 5 s default.
        Assertions.SetDefaultExpectTimeout(20_000);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(ChromiumInstallation.LaunchOptions(chromium));
    }

    /// <summary>A fresh browser context (own cookies and session storage) with the page open at "/" and loaded.</summary>
    public async Task<LeaguePage> OpenPageAsync(int width = 1280, int height = 900)
    {
        var context = await StartFailure.Guard(_startFailure, _browser).NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = FrontendUrl.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
        });
        context.SetDefaultTimeout(30_000);
        var page = new LeaguePage(await context.NewPageAsync());
        await page.Page.GotoAsync("/");
        await Assertions.Expect(page.Page.Locator("body")).ToHaveAttributeAsync("data-state", "ready", new() { Timeout = 30_000 });
        return page;
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        _writer?.Dispose();
        if (_app is not null)
        {
            await _app.StopAndDisposeAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class WebAppCollection : ICollectionFixture<WebAppFixture>
{
    public const string Name = "Web page and dashboard";
}
