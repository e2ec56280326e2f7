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

    private DistributedApplication? _app;
    private HttpClient? _frontend;
    private HttpClient? _writer;
    private StartFailure? _startFailure;

    public DistributedApplication App => Started(_app);

    /// <summary>The frontend as an anonymous client: reads work, writes are refused.</summary>
    public HttpClient Frontend => Started(_frontend);

    /// <summary>The frontend with the API key: writes work.</summary>
    public HttpClient Writer => Started(_writer);

    /// <summary>False once the start failed: a derived fixture then adds nothing, and every test hears why once.</summary>
    protected bool IsStarted => _startFailure is null;

    /// <summary>Edge settings of the frontend; all tests share one client address, so the limit is generous here.</summary>
    protected virtual IReadOnlyDictionary<string, string> FrontendSettings { get; } = new Dictionary<string, string>
    {
        ["Edge__BurstLimit"] = "5000",
        ["Edge__RequestsPerSecond"] = "5000",
    };

    public virtual async Task InitializeAsync()
    {
        using var cts = new CancellationTokenSource(AppHostStartup.StartLimit);
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.LeagueApp_AppHost>([$"Parameters:api-key={ApiKey}"], cts.Token);
        builder.Services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        var frontend = builder.CreateResourceBuilder(builder.Resources.OfType<ProjectResource>().Single(r => r.Name == "frontend"));
        foreach (var (name, value) in FrontendSettings)
        {
            frontend.WithEnvironment(name, value);
        }

        Configure(builder);

        _app = await builder.BuildAsync(cts.Token);
        try
        {
            await _app.StartUntilHealthyAsync("frontend", cts.Token);
        }
        catch (AppHostStartException e)
        {
            FailStart(e);
            return;
        }

        _frontend = CreateFrontendClient();
        _writer = CreateFrontendClient();
        _writer.DefaultRequestHeaders.Add("X-Api-Key", ApiKey);
    }

    /// <summary>Records a failed start instead of failing the fixture, which would fail every test with the same long story.</summary>
    protected void FailStart(Exception failure) => _startFailure = new StartFailure(failure);

    protected T Started<T>(T? value) where T : class => StartFailure.Guard(_startFailure, value);

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

    /// <summary>The emulator's REST API (served beside gRPC on the same port), at the database's documents.</summary>
    public async Task<HttpClient> EmulatorRestAsync()
    {
        var connection = await App.GetConnectionStringAsync("firestore")
            ?? throw new InvalidOperationException("The firestore resource has no connection string.");
        var settings = connection.Split(';', StringSplitOptions.RemoveEmptyEntries).Select(part => part.Split('=', 2)).ToDictionary(kv => kv[0], kv => kv[1]);
        return new HttpClient
        {
            BaseAddress = new Uri($"{settings["Endpoint"].TrimEnd('/')}/v1/projects/{settings["ProjectId"]}/databases/(default)/documents/"),
            Timeout = TimeSpan.FromSeconds(30),
        };
    }

    public virtual async Task DisposeAsync()
    {
        _frontend?.Dispose();
        _writer?.Dispose();
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
