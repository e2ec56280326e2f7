using LeagueApp.Contracts;
using LeagueApp.Domain;
using LeagueApp.Firestore;
using Microsoft.Extensions.Logging;

namespace LeagueApp.Data.Import;

// Upserts validated teams and players. Unchanged documents are not written, so importing a file
// twice changes nothing the second time; each update carries the read document's update time as a
// precondition, so a concurrent change (a transfer, say) fails the import rather than being lost.
// Players go a chunk at a time - read, compared, written - so only a chunk's documents are held.
public sealed class LeagueImporter(IFirestoreClient firestore, ILogger<LeagueImporter> logger)
{
    // batchGet and commit both take a few hundred documents a call at most.
    private const int ReadChunk = 300;

    /// <summary>Checks the rows against the league, then writes them unless one is refused (<see cref="WriteAsync"/>).</summary>
    public async Task<ImportOutcome> ImportAsync(
        IReadOnlyList<ImportRow<TeamStanding>> teams, bool withCapital, IReadOnlyList<ImportRow<Player>> players, CancellationToken ct)
    {
        var errors = await CheckAsync(teams, players, ct);
        return errors.Count > 0
            ? new ImportOutcome(null, errors, LastCommit: null)
            : await WriteAsync(teams, withCapital, players, progress: null, ct);
    }

    /// <param name="withCapital">False when the file had no Capital column: existing capital is kept and new teams start at 0.</param>
    /// <param name="progress">Told after each commit how many rows are written or found unchanged so far.</param>
    public async Task<ImportOutcome> WriteAsync(
        IReadOnlyList<ImportRow<TeamStanding>> teams, bool withCapital, IReadOnlyList<ImportRow<Player>> players, Action<int>? progress, CancellationToken ct)
    {
        var existingTeams = await ReadAsync(LeagueCollections.Teams, [.. teams.Select(t => t.Value.Name)], ct);
        var plan = new ImportPlan();
        DateTimeOffset? lastCommit = null;
        var batches = 0;
        foreach (var (team, existing) in teams.Select(t => t.Value).Zip(existingTeams))
        {
            var current = existing is null ? null : TeamDocuments.FromDocument(existing);
            var wanted = withCapital || current is null ? team : team with { Capital = current.Capital };
            var fields = TeamDocuments.ToFields(wanted);
            if (!withCapital)
            {
                // Capital moves with transfers; a file without it must not reset it.
                fields = fields.Without(TeamDocuments.CapitalField);
            }

            plan.Add(LeagueCollections.Teams, team.Name, fields, existing, current == wanted);
        }

        var rowsRead = teams.Count;
        foreach (var chunk in players.Select(p => p.Value).Chunk(ReadChunk))
        {
            rowsRead += chunk.Length;
            var existingPlayers = await firestore.BatchGetAsync(LeagueCollections.Players, [.. chunk.Select(PlayerDocuments.IdOf)], ct);
            foreach (var (player, existing) in chunk.Zip(existingPlayers))
            {
                var unchanged = existing is not null && PlayerDocuments.FromDocument(existing) == player;
                plan.Add(LeagueCollections.Players, PlayerDocuments.IdOf(player), PlayerDocuments.ToFields(player), existing, unchanged);
            }

            if (plan.Pending >= FirestoreClient.MaxWritesPerCommit)
            {
                lastCommit = await CommitAsync(plan, ++batches, ct);
                progress?.Invoke(rowsRead - plan.Pending);
            }
        }

        while (plan.Pending > 0)
        {
            lastCommit = await CommitAsync(plan, ++batches, ct);
        }

        progress?.Invoke(rowsRead);

        var summary = new ImportSummary(teams.Count + players.Count, plan.Created, plan.Updated, plan.Unchanged);
        logger.LogInformation("Imported {Rows} rows: {Created} created, {Updated} updated, {Unchanged} unchanged",
            summary.Rows, summary.Created, summary.Updated, summary.Unchanged);
        return new ImportOutcome(summary, [], lastCommit);
    }

    // A create meeting a document, or an update meeting a changed one, means another writer got there
    // between the read and this batch.
    private async Task<DateTimeOffset> CommitAsync(ImportPlan plan, int batch, CancellationToken ct)
    {
        try
        {
            return (await firestore.CommitAsync(plan.Take(FirestoreClient.MaxWritesPerCommit), ct)).CommitTime;
        }
        catch (FirestoreException conflict) when (conflict is FirestoreAlreadyExistsException or FirestoreFailedPreconditionException)
        {
            throw new ConcurrentImportException(batch - 1, conflict);
        }
    }

    private async Task<List<FirestoreDocument?>> ReadAsync(string collection, IReadOnlyList<string> ids, CancellationToken ct)
    {
        var documents = new List<FirestoreDocument?>(ids.Count);
        foreach (var chunk in ids.Chunk(ReadChunk))
        {
            documents.AddRange(await firestore.BatchGetAsync(collection, chunk, ct));
        }

        return documents;
    }

    /// <summary>
    /// The rows the league refuses: players may join teams of the same import or teams already in the
    /// league, no others. Nothing may be written while there are any.
    /// </summary>
    public async Task<List<ImportError>> CheckAsync(
        IReadOnlyList<ImportRow<TeamStanding>> imported, IReadOnlyList<ImportRow<Player>> players, CancellationToken ct)
    {
        var named = players.Select(p => p.Value.Team).Except(imported.Select(t => t.Value.Name), StringComparer.Ordinal).ToList();
        var found = await ReadAsync(LeagueCollections.Teams, named, ct);
        var unknown = named.Where((_, i) => found[i] is null).ToHashSet(StringComparer.Ordinal);
        return [.. players
            .Where(p => unknown.Contains(p.Value.Team))
            .Select(p => new ImportError(p.Line, "Team", $"There is no team '{p.Value.Team}' in the league; import the league file first."))];
    }
}
