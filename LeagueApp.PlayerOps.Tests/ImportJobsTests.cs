using LeagueApp.Contracts;
using LeagueApp.Data;
using LeagueApp.Data.Import;
using LeagueApp.Domain;
using LeagueApp.Firestore;
using LeagueApp.PlayerOps.Import;
using LeagueApp.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace LeagueApp.PlayerOps.Tests;

// Imports apart from their requests, against the real emulator: what a reader of the status sees when
// the import completes, and when the instance running it is stopped (a rollout) before it completes.
public sealed class ImportJobsTests : IAsyncLifetime
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    private FirestoreEmulatorProcess? _emulator;
    private IHost? _host;

    private ImportJobs Jobs => Services.GetRequiredService<ImportJobs>();

    private ImportRecords Records => Services.GetRequiredService<ImportRecords>();

    private IServiceProvider Services => (_host ?? throw new InvalidOperationException("The host has not started.")).Services;

    public async Task InitializeAsync()
    {
        using var timeout = new CancellationTokenSource(StartTimeout);
        _emulator = await FirestoreEmulatorProcess.StartAsync(timeout.Token);
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration["ConnectionStrings:firestore"] = $"Endpoint={_emulator.Endpoint};ProjectId=import-jobs-tests";
        // Beats often, so that progress shows within a fraction of the import.
        builder.Configuration["Imports:Heartbeat"] = "00:00:00.05";
        builder.Configuration["Imports:MaxRowsRunning"] = "60000";
        builder.Services.AddLogging();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.AddFirestoreClient("firestore");
        builder.AddBackendTimeouts(budget => budget.PlayerOps);
        builder.AddLeagueImports();
        _host = builder.Build();
        await _host.StartAsync(timeout.Token);
    }

    // One test, as the life of one instance: an import answered at once, one that completes in the
    // background, then one that runs (another beside it is refused), cut short by a stop.
    [Fact]
    public async Task Statuses_are_kept_for_imports_that_went_on_in_the_background_and_tell_how_each_ended()
    {
        var answered = Begin(Players("Answered", 100));
        await answered.Completion;
        Assert.Null(await Records.FindAsync(answered.Started.Id, CancellationToken.None));

        var completed = Begin(Players("Completed", 1200));
        Assert.Equal(ImportStates.Running, (await Jobs.PublishAsync(completed, CancellationToken.None)).State);
        var outcome = await completed.Completion;
        // Long enough for several heartbeats, had they gone on after the end.
        await Task.Delay(TimeSpan.FromMilliseconds(500));

        var record = await Records.FindAsync(completed.Started.Id, CancellationToken.None);
        Assert.NotNull(record);
        Assert.Equal(ImportStates.Completed, record.Status.State);
        Assert.Equal(1200, record.Status.RowsDone);
        Assert.Equal(new ImportSummary(1200, 1200, 0, 0), record.Status.Summary);
        Assert.Equal(outcome.LastCommit, record.LastCommit);

        const int Rows = 60_000;
        var stopped = Begin(Players("Interrupted", Rows));
        await Jobs.PublishAsync(stopped, CancellationToken.None);
        var progress = await FirstProgressAsync(stopped.Started.Id);
        // Imports:MaxRowsRunning is 60,000: the first fills it alone, so a second is refused while it runs.
        Assert.Null(Jobs.Begin("players", Players("Refused", 10)));
        await Jobs.StopAsync(CancellationToken.None);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => stopped.Completion);
        record = await Records.FindAsync(stopped.Started.Id, CancellationToken.None);
        Assert.NotNull(record);
        Assert.Equal(ImportStates.Interrupted, record.Status.State);
        Assert.InRange(record.Status.RowsDone, progress, Rows - 1);
        Assert.Contains("this playerops instance stopped", record.Status.Detail, StringComparison.Ordinal);
        Assert.Contains("Send the file again", record.Status.Detail, StringComparison.Ordinal);
    }

    private ImportJob Begin(ImportFile file) =>
        Jobs.Begin("players", file) ?? throw new InvalidOperationException("The import was refused as busy.");

    // The rows done in the first heartbeat that reports any, as a reader of the status sees it.
    private async Task<int> FirstProgressAsync(string id)
    {
        for (var poll = 0; poll < 600; poll++)
        {
            if (await Records.FindAsync(id, CancellationToken.None) is { Status.RowsDone: > 0 and var done })
            {
                return done;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(50));
        }

        Assert.Fail("No heartbeat reported progress within 30 s.");
        return 0;
    }

    public async Task DisposeAsync()
    {
        _host?.Dispose();
        if (_emulator is not null)
        {
            await _emulator.DisposeAsync();
        }
    }

    private static ImportFile Players(string tag, int count) => new(
        [],
        WithCapital: false,
        [.. Enumerable.Range(0, count).Select(i => new ImportRow<Player>(
            i + 1, new Player($"{tag} Player {i}", "Chelsea", "England", Position.Forward, 1, 0, 0, 10, 0, 0, 0, 1)))]);
}
