using LeagueApp.Contracts;
using LeagueApp.Data.Import;
using LeagueApp.Firestore;

namespace LeagueApp.PlayerOps.Tests;

public sealed class ImportRecordTests
{
    private static readonly DateTimeOffset Started = new(2026, 12, 3, 14, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan StaleAfter = TimeSpan.FromSeconds(30);

    [Fact]
    public void A_running_import_renewed_lately_is_still_running()
    {
        var record = Running(rowsDone: 500, updatedAt: Started.AddSeconds(10));

        Assert.Equal(record.Status, record.SeenAt(Started.AddSeconds(40), StaleAfter));
    }

    [Fact]
    public void A_running_import_its_instance_stopped_renewing_is_interrupted_and_says_to_send_it_again()
    {
        var record = Running(rowsDone: 500, updatedAt: Started.AddSeconds(10));

        var seen = record.SeenAt(Started.AddSeconds(41), StaleAfter);

        Assert.Equal(ImportStates.Interrupted, seen.State);
        Assert.Contains("after 500 of 2000 rows", seen.Detail, StringComparison.Ordinal);
        Assert.Contains("Send the file again", seen.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void A_finished_import_stays_as_it_ended_however_old()
    {
        var running = Running(rowsDone: 2000, updatedAt: Started);
        var record = running with { Status = running.Status with { State = ImportStates.Completed, Summary = new ImportSummary(2000, 1500, 400, 100) } };

        Assert.Equal(record.Status, record.SeenAt(Started.AddDays(3), StaleAfter));
    }

    [Fact]
    public void Fields_read_back_as_the_same_record_with_and_without_a_summary()
    {
        var running = Running(rowsDone: 0, updatedAt: Started);
        var completed = new ImportRecord(
            running.Status with { State = ImportStates.Completed, RowsDone = 2000, Summary = new ImportSummary(2000, 3, 2, 1995) },
            LastCommit: Started.AddSeconds(5),
            ExpireAt: Started.AddDays(7));

        Assert.Equal(running, RoundTrip(running));
        Assert.Equal(completed, RoundTrip(completed));
    }

    private static ImportRecord RoundTrip(ImportRecord record) =>
        ImportRecord.From(new FirestoreDocument("Imports", record.Status.Id, record.ToFields(), Started, Started));

    private static ImportRecord Running(int rowsDone, DateTimeOffset updatedAt) => new(
        new ImportStatus("0123456789abcdef0123456789abcdef", "players", ImportStates.Running, 2000, rowsDone, null, null, Started, updatedAt),
        LastCommit: null,
        ExpireAt: updatedAt.AddDays(7));
}
