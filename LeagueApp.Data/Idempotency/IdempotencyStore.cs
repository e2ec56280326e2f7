using LeagueApp.Firestore;

namespace LeagueApp.Data.Idempotency;

// Remembered answers live in Firestore next to the data, and are written in the same commit as the
// write they answer: either both land or neither does, so a retry can never do the write twice.
public sealed class IdempotencyStore(IFirestoreClient firestore, TimeProvider time)
{
    public async Task<IdempotencyRecord?> FindAsync(string key, CancellationToken ct) =>
        IdempotencyKeys.FromDocument(await firestore.GetAsync(IdempotencyKeys.Collection, IdempotencyKeys.DocumentId(key), ct), time.GetUtcNow());

    /// <summary>Reads the record inside a transaction (before any of its writes).</summary>
    public async Task<IdempotencyRecord?> FindAsync(FirestoreTransaction transaction, string key, CancellationToken ct) =>
        IdempotencyKeys.FromDocument(await transaction.GetAsync(IdempotencyKeys.Collection, IdempotencyKeys.DocumentId(key), ct), time.GetUtcNow());

    /// <summary>The write that remembers an answer; commit it with the write it answers.</summary>
    public Write Remember(string key, string requestHash, int statusCode, string body) =>
        Write.Set(
            IdempotencyKeys.Collection,
            IdempotencyKeys.DocumentId(key),
            IdempotencyKeys.ToFields(new IdempotencyRecord(requestHash, statusCode, body, time.GetUtcNow() + IdempotencyKeys.Retention)));
}
