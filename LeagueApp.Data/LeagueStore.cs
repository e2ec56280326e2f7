using LeagueApp.Data.Idempotency;
using LeagueApp.Domain;
using LeagueApp.Firestore;
using Microsoft.Extensions.Logging;

namespace LeagueApp.Data;

// The league's documents as domain records: the one place that reads and writes them outside transactions.
// A list leaves out (and logs) a document it cannot map, so that one bad edit cannot make the rest unreadable.
public sealed partial class LeagueStore(IFirestoreClient firestore, IdempotencyStore idempotency, ILogger<LeagueStore> logger)
{
    public async Task<IReadOnlyList<TeamStanding>> GetTeamsAsync(CancellationToken ct = default)
    {
        var documents = await firestore.ListAsync(LeagueCollections.Teams, ct);
        return Readable(documents, TeamDocuments.FromDocument);
    }

    public async Task<TeamStanding?> GetTeamAsync(string name, CancellationToken ct = default)
    {
        var document = await firestore.GetAsync(LeagueCollections.Teams, name, ct);
        return document is null ? null : TeamDocuments.FromDocument(document);
    }

    /// <summary>Whether the league has no team at all, as before it is seeded.</summary>
    public async Task<bool> IsEmptyAsync(CancellationToken ct = default)
    {
        var anyTeam = await firestore.RunQueryAsync(new FirestoreQuery(LeagueCollections.Teams).Limit(1), ct);
        return anyTeam.Count == 0;
    }

    public async Task<IReadOnlyList<Player>> GetPlayersAsync(CancellationToken ct = default)
    {
        var documents = await firestore.ListAsync(LeagueCollections.Players, ct);
        return Readable(documents, PlayerDocuments.FromDocument);
    }

    public Task<IReadOnlyList<Player>> GetPlayersOfTeamAsync(string team, CancellationToken ct = default) =>
        QueryPlayersAsync(PlayerDocuments.TeamField, team, ct);

    public Task<IReadOnlyList<Player>> GetPlayersOfPositionAsync(Position position, CancellationToken ct = default) =>
        QueryPlayersAsync(PlayerDocuments.PositionField, position.ToString(), ct);

    public async Task<Player?> GetPlayerAsync(string team, string name, CancellationToken ct = default)
    {
        var document = await firestore.GetAsync(LeagueCollections.Players, PlayerDocuments.IdOf(team, name), ct);
        return document is null ? null : PlayerDocuments.FromDocument(document);
    }

    /// <param name="answer">With an idempotency key: the answer to remember, committed with the player or not at all.</param>
    /// <returns>When the player was committed; null when the team already has a player of that name.</returns>
    public async Task<DateTimeOffset?> CreatePlayerAsync(Player player, RememberedAnswer? answer, CancellationToken ct = default)
    {
        try
        {
            var result = await firestore.CommitAsync(
                [Write.Create(LeagueCollections.Players, PlayerDocuments.IdOf(player), PlayerDocuments.ToFields(player)), .. Remember(answer)], ct);
            return result.CommitTime;
        }
        catch (FirestoreAlreadyExistsException)
        {
            return null;
        }
    }

    /// <param name="answer">With an idempotency key: the answer to remember, committed with the deletion or not at all.</param>
    /// <returns>When the deletion was committed; null when there was no such player.</returns>
    public async Task<DateTimeOffset?> DeletePlayerAsync(string team, string name, RememberedAnswer? answer, CancellationToken ct = default)
    {
        try
        {
            var result = await firestore.CommitAsync(
                [Write.Delete(LeagueCollections.Players, PlayerDocuments.IdOf(team, name), Precondition.MustExist), .. Remember(answer)], ct);
            return result.CommitTime;
        }
        catch (FirestoreException e) when (e is FirestoreNotFoundException or FirestoreFailedPreconditionException)
        {
            return null;
        }
    }

    private IReadOnlyList<Write> Remember(RememberedAnswer? answer) =>
        answer is null ? [] : [idempotency.Remember(answer.Request.Key, answer.Request.RequestHash, answer.StatusCode, answer.Body)];

    private async Task<IReadOnlyList<Player>> QueryPlayersAsync(string field, string value, CancellationToken ct)
    {
        var query = new FirestoreQuery(LeagueCollections.Players).Where(field, FieldOperator.Equal, value);
        var documents = await firestore.RunQueryAsync(query, ct);
        return Readable(documents, PlayerDocuments.FromDocument);
    }

    private List<T> Readable<T>(IReadOnlyList<FirestoreDocument> documents, Func<FirestoreDocument, T> map)
    {
        var readable = new List<T>(documents.Count);
        foreach (var document in documents)
        {
            try
            {
                readable.Add(map(document));
            }
            catch (UnreadableDocumentException unreadable)
            {
                LogUnreadable(unreadable.Collection, unreadable.Id, unreadable.Message);
            }
        }

        return readable;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Left out {Collection}/{Id}: {Problem}")]
    private partial void LogUnreadable(string collection, string id, string problem);
}
