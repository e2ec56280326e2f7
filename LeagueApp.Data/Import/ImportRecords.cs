using LeagueApp.Firestore;

namespace LeagueApp.Data.Import;

// Import statuses in Firestore (collection Imports), one document per import.
public sealed class ImportRecords(IFirestoreClient firestore)
{
    public Task SaveAsync(ImportRecord record, CancellationToken ct) =>
        firestore.CommitAsync([Write.Set(LeagueCollections.Imports, record.Status.Id, record.ToFields())], ct);

    /// <summary>Updates a saved status's progress (<see cref="ImportRecord.Progress"/>); the status must exist.</summary>
    public Task SaveProgressAsync(string id, int rowsDone, DateTimeOffset updatedAt, DateTimeOffset expireAt, CancellationToken ct) =>
        firestore.CommitAsync([Write.Update(LeagueCollections.Imports, id, ImportRecord.Progress(rowsDone, updatedAt, expireAt))], ct);

    public async Task<ImportRecord?> FindAsync(string id, CancellationToken ct) =>
        await firestore.GetAsync(LeagueCollections.Imports, id, ct) is { } document ? ImportRecord.From(document) : null;
}
