using Aspire.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LeagueApp.Tests;

// One running AppHost (emulator and four services) for the whole collection: starting one
// costs seconds and a gigabyte, so tests share it and keep out of each other's data.
public sealed class LeagueAppFixture : IAsyncLifetime
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(3);

    private DistributedApplication? _app;

    public DistributedApplication App => _app ?? throw new InvalidOperationException("The app has not started.");

    public HttpClient Frontend { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        using var cts = new CancellationTokenSource(StartTimeout);
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.LeagueApp_AppHost>(cts.Token);
        builder.Services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));

        _app = await builder.BuildAsync(cts.Token);
        await _app.StartAsync(cts.Token);
        await _app.ResourceNotifications.WaitForResourceHealthyAsync("frontend", cts.Token);

        Frontend = _app.CreateHttpClient("frontend");
        Frontend.Timeout = TimeSpan.FromSeconds(30);
    }

    public async Task DisposeAsync()
    {
        Frontend?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class LeagueAppCollection : ICollectionFixture<LeagueAppFixture>
{
    public const string Name = "League App";
}
