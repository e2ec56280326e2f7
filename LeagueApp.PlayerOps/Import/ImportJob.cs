using LeagueApp.Contracts;
using LeagueApp.Data.Import;

namespace LeagueApp.PlayerOps.Import;

/// <summary>
/// One import run by <see cref="ImportJobs"/>. Its status goes to Firestore only once it is published
/// (its request answers 202): an import answered 200, or with a problem, leaves no status behind.
/// </summary>
public sealed class ImportJob
{
    private int _rowsDone;

    /// <param name="run">Runs the import; it is given the job, whose progress and saves it keeps.</param>
    internal ImportJob(ImportStatus started, Func<ImportJob, Task<ImportOutcome>> run)
    {
        Started = started;
        Completion = run(this);
    }

    /// <summary>The status it started with.</summary>
    public ImportStatus Started { get; }

    /// <summary>Ends when the import does, with its outcome or its failure.</summary>
    public Task<ImportOutcome> Completion { get; }

    /// <summary>Rows written, or found already as the file says, so far.</summary>
    internal int RowsDone
    {
        get => Volatile.Read(ref _rowsDone);
        set => Volatile.Write(ref _rowsDone, value);
    }

    // One save of its status at a time, in order: publishing, heartbeats, the final one.
    internal SemaphoreSlim Saving { get; } = new(1, 1);

    internal bool Published { get; set; }

    // Its final status once it ended: saved then if it was published, else by publishing it.
    internal ImportRecord? Final { get; set; }
}
