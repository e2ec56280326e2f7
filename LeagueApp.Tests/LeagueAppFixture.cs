using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LeagueApp.Tests;

// One running AppHost (emulator and four services) per collection: starting one costs seconds and a
// gigabyte, so the tests of a collection share it and keep out of each other's data.
public class LeagueAppFixture : IAsyncLifetime
{
    // Fixed for the tests instead of generated, so they can present it (or a wrong one).
    public const string ApiKey = "test-key-4f1c0e9a7b2d4c38a6e5";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(3);

    private DistributedApplication? _app;

    public DistributedApplication App => _app ?? throw new InvalidOperationException("The app has not started.");

    /// <summary>The frontend as an anonymous client: reads work, writes are refused.</summary>
    public HttpClient Frontend { get; private set; } = null!;

    /// <summary>The frontend with the API key: writes work.</summary>
    public HttpClient Writer { get; private set; } = null!;

    /// <summary>Edge settings of the frontend; all tests share one client address, so the limit is generous here.</summary>
    protected virtual IReadOnlyDictionary<string, string> FrontendSettings { get; } = new Dictionary<string, string>
    {
        ["Edge__BurstLimit"] = "5000",
        ["Edge__RequestsPerSecond"] = "5000",
    };

    public virtual async Task InitializeAsync()
    {
        using var cts = new CancellationTokenSource(StartTimeout);
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.LeagueApp_AppHost>([$"Parameters:api-key={ApiKey}"], cts.Token);
        builder.Services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        var frontend = builder.CreateResourceBuilder(builder.Resources.OfType<ProjectResource>().Single(r => r.Name == "frontend"));
        foreach (var (name, value) in FrontendSettings)
        {
            frontend.WithEnvironment(name, value);
        }

        Configure(builder);

        _app = await builder.BuildAsync(cts.Token);
        await _app.StartUntilHealthyAsync("frontend", StartTimeout, cts.Token);

        Frontend = CreateFrontendClient();
        Writer = CreateFrontendClient();
        Writer.DefaultRequestHeaders.Add("X-Api-Key", ApiKey);
    }

    /// <summary>Changes to the model a collection needs beyond the frontend's settings.</summary>
    protected virtual void Configure(IDistributedApplicationTestingBuilder builder)
    {
    }

    public HttpClient CreateFrontendClient()
    {
        var client = App.CreateHttpClient("frontend");
        client.Timeout = TimeSpan.FromSeconds(60);
        return client;
    }

    public virtual async Task DisposeAsync()
    {
        Frontend?.Dispose();
        Writer?.Dispose();
        if (_app is not null)
        {
            await _app.StopAndDisposeAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class LeagueAppCollection : ICollectionFixture<LeagueAppFixture>
{
    public const string Name = "League App";
}
