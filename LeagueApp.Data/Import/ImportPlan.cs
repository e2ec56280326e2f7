using LeagueApp.Firestore;

namespace LeagueApp.Data.Import;

// The writes an import needs, and its counts. Creates require the document to be absent and
// updates require it to be as it was read, so nothing changed in between is overwritten.
// Writes wait here until they are taken in batches.
internal sealed class ImportPlan
{
    private readonly Queue<Write> _writes = [];

    /// <summary>Writes not taken yet.</summary>
    public int Pending => _writes.Count;

    public int Created { get; private set; }

    public int Updated { get; private set; }

    public int Unchanged { get; private set; }

    public void Add(string collection, string id, DocumentFields fields, FirestoreDocument? existing, bool unchanged)
    {
        if (existing is null)
        {
            _writes.Enqueue(Write.Create(collection, id, fields));
            Created++;
        }
        else if (unchanged)
        {
            Unchanged++;
        }
        else
        {
            _writes.Enqueue(Write.Update(collection, id, fields, Precondition.UpdatedAt(existing.UpdateTime!.Value)));
            Updated++;
        }
    }

    /// <summary>Up to <paramref name="count"/> pending writes, in the order they were planned.</summary>
    public IReadOnlyList<Write> Take(int count)
    {
        var batch = new List<Write>(Math.Min(count, _writes.Count));
        while (batch.Count < count && _writes.TryDequeue(out var write))
        {
            batch.Add(write);
        }

        return batch;
    }
}
