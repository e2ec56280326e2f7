using System.Collections.Concurrent;
using LeagueApp.Backend;
using LeagueApp.Contracts;
using LeagueApp.Data;
using LeagueApp.Data.Import;
using Microsoft.Extensions.Options;

namespace LeagueApp.PlayerOps.Import;

/// <summary>
/// Runs imports apart from the requests that send them, so that a large file is not bound by one
/// request's time limit, and keeps the status of each one that outlasts its request in Firestore
/// (<see cref="ImportRecords"/>), where every instance can answer for it. When this instance stops, its imports stop (a commit
/// under way may or may not land) and their statuses say so.
/// </summary>
public sealed partial class ImportJobs(
    LeagueImporter importer, ImportRecords records, IOptions<ImportOptions> options, TimeProvider time, ILogger<ImportJobs> logger)
    : IHostedService, IDisposable
{
    private readonly CancellationTokenSource _stopping = new();
    private readonly ConcurrentDictionary<string, Task> _running = new();

    // The rows of the imports begun and not yet ended on this instance.
    private long _rowsTaken;

    /// <summary>
    /// Starts the import; null when it would take this instance's running imports past
    /// <see cref="ImportOptions.MaxRowsRunning"/> rows (one alone always runs).
    /// </summary>
    public ImportJob? Begin(string file, ImportFile rows)
    {
        // Each holds its file's rows until it ends, and clients need not wait for it: a bound keeps memory in check.
        var taken = Interlocked.Add(ref _rowsTaken, rows.Rows);
        if (taken > options.Value.MaxRowsRunning && taken != rows.Rows)
        {
            Interlocked.Add(ref _rowsTaken, -rows.Rows);
            return null;
        }

        var now = time.GetUtcNow();
        var job = new ImportJob(
            new ImportStatus(Guid.NewGuid().ToString("N"), file, ImportStates.Running, rows.Rows, 0, null, null, now, now),
            started => RunAsync(started, rows));

        // Unlisted by a continuation attached only after listing it, so it is never listed after it ended.
        _running[job.Started.Id] = job.Completion;
        _ = job.Completion.ContinueWith(
            ended =>
            {
                // Observed here: after a 202 nobody awaits it, and its failure is in its status and the log.
                _ = ended.Exception;
                _running.TryRemove(job.Started.Id, out var _);
                Interlocked.Add(ref _rowsTaken, -rows.Rows);
            },
            TaskScheduler.Default);
        return job;
    }

    /// <summary>
    /// Saves the import's status, so that any instance answers for it from now on (its request answers
    /// 202 with it), and returns it: running, or final if it ended meanwhile.
    /// </summary>
    public async Task<ImportStatus> PublishAsync(ImportJob job, CancellationToken ct)
    {
        await job.Saving.WaitAsync(ct);
        try
        {
            var record = job.Final ?? Record(job.Started with { RowsDone = job.RowsDone, UpdatedAt = time.GetUtcNow() }, lastCommit: null);
            await records.SaveAsync(record, ct);
            job.Published = true;
            return record.Status;
        }
        finally
        {
            job.Saving.Release();
        }
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync();
        // Each ends by saving its status (if published); their failures are in those statuses and the log already.
        var settled = _running.Values.Select(run => run.ContinueWith(_ => { }, TaskScheduler.Default));
        await Task.WhenAll(settled).WaitAsync(cancellationToken);
    }

    public void Dispose() => _stopping.Dispose();

    private async Task<ImportOutcome> RunAsync(ImportJob job, ImportFile file)
    {
        var started = job.Started;
        using var beating = CancellationTokenSource.CreateLinkedTokenSource(_stopping.Token);
        var heartbeat = BeatAsync(job, beating.Token);

        // The final status must land after the last heartbeat, never under it.
        async Task StopBeatingAsync()
        {
            await beating.CancelAsync();
            await heartbeat;
        }

        try
        {
            var outcome = await importer.WriteAsync(
                file.Teams, file.WithCapital, file.Players, rows => job.RowsDone = rows, _stopping.Token);
            await StopBeatingAsync();
            await FinishAsync(
                job,
                started with { State = ImportStates.Completed, RowsDone = file.Rows, Summary = outcome.Summary, UpdatedAt = time.GetUtcNow() },
                outcome.LastCommit);
            return outcome;
        }
        catch (Exception e)
        {
            await StopBeatingAsync();
            var stopped = e is OperationCanceledException && _stopping.IsCancellationRequested;
            var detail = $"The import stopped after {job.RowsDone} of {file.Rows} rows{WhyStopped(e, stopped)}";
            await FinishAsync(
                job,
                started with { State = stopped ? ImportStates.Interrupted : ImportStates.Failed, RowsDone = job.RowsDone, Detail = detail, UpdatedAt = time.GetUtcNow() },
                lastCommit: null);
            LogStopped(e, started.Id, detail);
            throw;
        }
    }

    // The rest of the detail of an import that did not complete: why, and whether sending it again helps.
    private static string WhyStopped(Exception error, bool stopped) => error switch
    {
        _ when stopped => $": this playerops instance stopped. {ImportRecord.SendAgain}",
        ConcurrentImportException concurrent => $". {concurrent.Message}",
        UnreadableDocumentException unreadable => $": {unreadable.Message} Mend that document, then send the file again.",
        _ when DatabaseProblem.For(error) is { } problem => $": {problem.Title}. {ImportRecord.SendAgain}",
        _ => ": an unexpected error (see playerops' log).",
    };

    // Saves the progress of a published import every Heartbeat, which also tells readers that this
    // instance still works on it.
    private async Task BeatAsync(ImportJob job, CancellationToken ct)
    {
        using var timer = new PeriodicTimer(options.Value.Heartbeat, time);
        try
        {
            while (await timer.WaitForNextTickAsync(ct))
            {
                await job.Saving.WaitAsync(ct);
                try
                {
                    if (job.Published)
                    {
                        // Not cancelled halfway, so that it lands before the final status; it writes the progress only.
                        var now = time.GetUtcNow();
                        await records.SaveProgressAsync(job.Started.Id, job.RowsDone, now, now + options.Value.KeepFor, CancellationToken.None);
                    }
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    LogHeartbeatFailed(e, job.Started.Id);
                }
                finally
                {
                    job.Saving.Release();
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Stopped: the import ended.
        }
    }

    // Keeps the final status, and saves it if readers were told where to look for it.
    private async Task FinishAsync(ImportJob job, ImportStatus status, DateTimeOffset? lastCommit)
    {
        await job.Saving.WaitAsync();
        try
        {
            job.Final = Record(status, lastCommit);
            if (!job.Published)
            {
                return;
            }

            await records.SaveAsync(job.Final, CancellationToken.None);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Readers will see it as interrupted once it is stale, which still says to send it again.
            LogStatusLost(e, status.Id, status.State);
        }
        finally
        {
            job.Saving.Release();
        }
    }

    private ImportRecord Record(ImportStatus status, DateTimeOffset? lastCommit) =>
        new(status, lastCommit, status.UpdatedAt + options.Value.KeepFor);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Import {Id} did not complete: {Detail}")]
    private partial void LogStopped(Exception error, string id, string detail);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The progress of import {Id} could not be saved; the next heartbeat tries again")]
    private partial void LogHeartbeatFailed(Exception error, string id);

    [LoggerMessage(Level = LogLevel.Error, Message = "The final status ({State}) of import {Id} could not be saved")]
    private partial void LogStatusLost(Exception error, string id, string state);
}
