using System.Collections.Concurrent;
using LeagueApp.Backend;
using LeagueApp.Contracts;
using LeagueApp.Data;
using LeagueApp.Data.Import;
using Microsoft.Extensions.Options;

namespace LeagueApp.PlayerOps.Import;

/// <summary>
/// Runs imports apart from the requests that send them, so that a large file is not bound by one
/// request's time limit, and keeps each one's status in Firestore (<see cref="ImportRecords"/>),
/// where every instance can answer for it. When this instance stops, its imports stop (a commit
/// under way may or may not land) and their statuses say so.
/// </summary>
public sealed partial class ImportJobs(
    LeagueImporter importer, ImportRecords records, IOptions<ImportOptions> options, TimeProvider time, ILogger<ImportJobs> logger)
    : IHostedService, IDisposable
{
    private const string SendAgain = "Send the file again: rows already as it says are not written twice.";

    private readonly CancellationTokenSource _stopping = new();
    private readonly ConcurrentDictionary<string, Task> _running = new();

    // The rows of the imports begun and not yet ended on this instance.
    private long _rowsTaken;

    /// <summary>
    /// Saves the import's status as running, then starts it; null when it would take this instance's
    /// running imports past <see cref="ImportOptions.MaxRowsRunning"/> rows (one alone always runs).
    /// <paramref name="ct"/> is the request's and does not stop it.
    /// </summary>
    public async Task<ImportJob?> BeginAsync(string file, ImportFile rows, CancellationToken ct)
    {
        // Each holds its file's rows until it ends, and clients need not wait for it: a bound keeps memory in check.
        var taken = Interlocked.Add(ref _rowsTaken, rows.Rows);
        if (taken > options.Value.MaxRowsRunning && taken != rows.Rows)
        {
            Interlocked.Add(ref _rowsTaken, -rows.Rows);
            return null;
        }

        var now = time.GetUtcNow();
        var status = new ImportStatus(Guid.NewGuid().ToString("N"), file, ImportStates.Running, rows.Rows, 0, null, null, now, now);
        try
        {
            await records.SaveAsync(Record(status, lastCommit: null), ct);
        }
        catch
        {
            Interlocked.Add(ref _rowsTaken, -rows.Rows);
            throw;
        }

        // Listed before it starts, so that stopping never misses it and it is never listed after it ended.
        var go = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var run = RunWhenAsync(go.Task, status, rows);
        _running[status.Id] = run;
        _ = run.ContinueWith(
            ended =>
            {
                // Observed here: after a 202 nobody awaits it, and its failure is in its status and the log.
                _ = ended.Exception;
                _running.TryRemove(status.Id, out var _);
                Interlocked.Add(ref _rowsTaken, -rows.Rows);
            },
            TaskScheduler.Default);
        go.SetResult();
        return new ImportJob(status, run);
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync();
        // Each ends by saving its status; their failures are in those statuses and the log already.
        var settled = _running.Values.Select(run => run.ContinueWith(_ => { }, TaskScheduler.Default));
        await Task.WhenAll(settled).WaitAsync(cancellationToken);
    }

    public void Dispose() => _stopping.Dispose();

    private async Task<ImportOutcome> RunWhenAsync(Task go, ImportStatus status, ImportFile rows)
    {
        await go;
        return await RunAsync(status, rows);
    }

    private async Task<ImportOutcome> RunAsync(ImportStatus started, ImportFile file)
    {
        var done = 0;
        using var beating = CancellationTokenSource.CreateLinkedTokenSource(_stopping.Token);
        var heartbeat = BeatAsync(started, () => Volatile.Read(ref done), beating.Token);

        // The final status must land after the last heartbeat, never under it.
        async Task StopBeatingAsync()
        {
            await beating.CancelAsync();
            await heartbeat;
        }

        try
        {
            var outcome = await importer.WriteAsync(
                file.Teams, file.WithCapital, file.Players, rows => Volatile.Write(ref done, rows), _stopping.Token);
            await StopBeatingAsync();
            await SaveFinalAsync(
                started with { State = ImportStates.Completed, RowsDone = file.Rows, Summary = outcome.Summary, UpdatedAt = time.GetUtcNow() },
                outcome.LastCommit);
            LogCompleted(started.Id, file.Rows);
            return outcome;
        }
        catch (Exception e)
        {
            await StopBeatingAsync();
            var stopped = e is OperationCanceledException && _stopping.IsCancellationRequested;
            var detail = $"The import stopped after {done} of {file.Rows} rows{WhyStopped(e, stopped)}";
            await SaveFinalAsync(
                started with { State = stopped ? ImportStates.Interrupted : ImportStates.Failed, RowsDone = done, Detail = detail, UpdatedAt = time.GetUtcNow() },
                lastCommit: null);
            LogStopped(e, started.Id, detail);
            throw;
        }
    }

    // The rest of the detail of an import that did not complete: why, and whether sending it again helps.
    private static string WhyStopped(Exception error, bool stopped) => error switch
    {
        _ when stopped => $": this playerops instance stopped. {SendAgain}",
        ConcurrentImportException concurrent => $". {concurrent.Message}",
        UnreadableDocumentException unreadable => $": {unreadable.Message} Mend that document, then send the file again.",
        _ when DatabaseProblem.For(error) is { } problem => $": {problem.Title}. {SendAgain}",
        _ => ": an unexpected error (see playerops' log).",
    };

    // Saves the progress every Heartbeat, which also tells readers that this instance still works on it.
    private async Task BeatAsync(ImportStatus status, Func<int> done, CancellationToken ct)
    {
        using var timer = new PeriodicTimer(options.Value.Heartbeat, time);
        try
        {
            while (await timer.WaitForNextTickAsync(ct))
            {
                try
                {
                    // Not cancelled halfway, so that it lands before the final status; it writes the progress only.
                    var now = time.GetUtcNow();
                    await records.SaveProgressAsync(status.Id, done(), now, now + options.Value.KeepFor, CancellationToken.None);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    LogHeartbeatFailed(e, status.Id);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Stopped: the import ended.
        }
    }

    private async Task SaveFinalAsync(ImportStatus status, DateTimeOffset? lastCommit)
    {
        try
        {
            await records.SaveAsync(Record(status, lastCommit), CancellationToken.None);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Readers will see it as interrupted once it is stale, which still says to send it again.
            LogStatusLost(e, status.Id, status.State);
        }
    }

    private ImportRecord Record(ImportStatus status, DateTimeOffset? lastCommit) =>
        new(status, lastCommit, status.UpdatedAt + options.Value.KeepFor);

    [LoggerMessage(Level = LogLevel.Information, Message = "Import {Id} completed: {Rows} rows")]
    private partial void LogCompleted(string id, int rows);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Import {Id} did not complete: {Detail}")]
    private partial void LogStopped(Exception error, string id, string detail);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The status of import {Id} could not be saved; it is saved again at the next heartbeat")]
    private partial void LogHeartbeatFailed(Exception error, string id);

    [LoggerMessage(Level = LogLevel.Error, Message = "The final status ({State}) of import {Id} could not be saved")]
    private partial void LogStatusLost(Exception error, string id, string state);
}
