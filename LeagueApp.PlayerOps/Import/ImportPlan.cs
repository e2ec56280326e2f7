using LeagueApp.Firestore;

namespace LeagueApp.PlayerOps.Import;

// The writes an import needs, and its counts. Creates require the document to be absent and
// updates require it to be as it was read, so nothing changed in between is overwritten.
internal sealed class ImportPlan
{
    private readonly List<Write> _writes = [];

    public IReadOnlyList<Write> Writes => _writes;

    public int Created { get; private set; }

    public int Updated { get; private set; }

    public int Unchanged { get; private set; }

    public void Add(string collection, string id, DocumentFields fields, FirestoreDocument? existing, bool unchanged)
    {
        if (existing is null)
        {
            _writes.Add(Write.Create(collection, id, fields));
            Created++;
        }
        else if (unchanged)
        {
            Unchanged++;
        }
        else
        {
            _writes.Add(Write.Update(collection, id, fields, Precondition.UpdatedAt(existing.UpdateTime!.Value)));
            Updated++;
        }
    }
}
