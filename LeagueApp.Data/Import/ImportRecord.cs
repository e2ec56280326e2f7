using LeagueApp.Contracts;
using LeagueApp.Firestore;

namespace LeagueApp.Data.Import;

/// <summary>
/// An import's status as kept in Firestore, where every instance can answer for an import that
/// another one runs. The instance running it renews <see cref="ImportStatus.UpdatedAt"/> while it
/// works, so one that was killed shows as interrupted rather than running for ever.
/// </summary>
/// <param name="LastCommit">When its last batch was committed: a reader of a completed import sees the league from then on.</param>
/// <param name="ExpireAt">When the status may go (a Firestore TTL policy on this field deletes it; docs/deployment.md).</param>
public sealed record ImportRecord(ImportStatus Status, DateTimeOffset? LastCommit, DateTimeOffset ExpireAt)
{
    /// <summary>What a status that did not complete advises, where sending the file again helps.</summary>
    public const string SendAgain = "Send the file again: rows already as it says are not written twice.";

    private const string FileField = "file";
    private const string StateField = "state";
    private const string RowsField = "rows";
    private const string RowsDoneField = "rowsDone";
    private const string CreatedField = "created";
    private const string UpdatedField = "updated";
    private const string UnchangedField = "unchanged";
    private const string DetailField = "detail";
    private const string StartedAtField = "startedAt";
    private const string UpdatedAtField = "updatedAt";
    private const string LastCommitField = "lastCommit";
    private const string ExpireAtField = "expireAt";

    /// <summary>
    /// The status as a reader should see it at <paramref name="now"/>: a running import whose instance
    /// has not renewed it within <paramref name="staleAfter"/> is no longer running.
    /// </summary>
    public ImportStatus SeenAt(DateTimeOffset now, TimeSpan staleAfter) =>
        Status.State == ImportStates.Running && now - Status.UpdatedAt > staleAfter
            ? Status with
            {
                State = ImportStates.Interrupted,
                Detail = $"The instance running this import stopped answering after {Status.RowsDone} of {Status.Rows} rows. {SendAgain}",
            }
            : Status;

    public DocumentFields ToFields()
    {
        var fields = new DocumentFields
        {
            [FileField] = Status.File,
            [StateField] = Status.State,
            [RowsField] = Status.Rows,
            [RowsDoneField] = Status.RowsDone,
            [DetailField] = Status.Detail,
            [StartedAtField] = Status.StartedAt,
            [UpdatedAtField] = Status.UpdatedAt,
            [ExpireAtField] = ExpireAt,
        };
        if (Status.Summary is { } summary)
        {
            fields = fields.With(CreatedField, summary.Created).With(UpdatedField, summary.Updated).With(UnchangedField, summary.Unchanged);
        }

        if (LastCommit is { } committed)
        {
            fields = fields.With(LastCommitField, committed);
        }

        return fields;
    }

    /// <summary>What a heartbeat writes: the progress only, so that no heartbeat can undo a final state.</summary>
    public static DocumentFields Progress(int rowsDone, DateTimeOffset updatedAt, DateTimeOffset expireAt) => new()
    {
        [RowsDoneField] = rowsDone,
        [UpdatedAtField] = updatedAt,
        [ExpireAtField] = expireAt,
    };

    public static ImportRecord From(FirestoreDocument document) => UnreadableDocumentException.Map(LeagueCollections.Imports, document, fields =>
    {
        var rows = fields.GetInt32(RowsField);
        var summary = fields.GetInt32OrNull(CreatedField) is { } created
            ? new ImportSummary(rows, created, fields.GetInt32(UpdatedField), fields.GetInt32(UnchangedField))
            : null;
        var status = new ImportStatus(
            document.Id,
            fields.GetString(FileField),
            fields.GetString(StateField),
            rows,
            fields.GetInt32(RowsDoneField),
            summary,
            fields.GetStringOrNull(DetailField),
            fields.GetTimestamp(StartedAtField),
            fields.GetTimestamp(UpdatedAtField));
        return new ImportRecord(status, fields.GetTimestampOrNull(LastCommitField), fields.GetTimestamp(ExpireAtField));
    });
}
