using LeagueApp.Domain;
using LeagueApp.Firestore;

namespace LeagueApp.Data;

// Maps players to the documents of the original "Teams" collection and back.
public static class PlayerDocuments
{
    public const string TeamField = "Team";
    public const string PositionField = "Position";

    public static string IdOf(string team, string name) => $"{team}_{name.Replace(' ', '_')}";

    public static string IdOf(Player player) => IdOf(player.Team, player.Name);

    public static DocumentFields ToFields(Player player) => new()
    {
        ["Name"] = player.Name,
        [TeamField] = player.Team,
        ["Nationality"] = player.Nationality,
        [PositionField] = player.Position.ToString(),
        ["Appearances"] = player.Appearances,
        ["Goals"] = player.Goals,
        ["Assists"] = player.Assists,
        ["Passes"] = player.Passes,
        ["Interceptions"] = player.Interceptions,
        ["Tackles"] = player.Tackles,
        ["Fouls"] = player.Fouls,
        ["Price"] = player.Price,
    };

    /// <exception cref="UnreadableDocumentException">The document is not a player as the app writes one.</exception>
    public static Player FromDocument(FirestoreDocument document) => UnreadableDocumentException.Map(LeagueCollections.Players, document, fields =>
    {
        var position = fields.GetString(PositionField);
        if (!Positions.TryParse(position, out var parsed))
        {
            throw new FirestoreMappingException($"Field '{PositionField}' holds the unknown position '{position}'.", PositionField);
        }

        return new Player(
            Name: fields.GetString("Name"),
            Team: fields.GetString(TeamField),
            Nationality: fields.GetString("Nationality"),
            Position: parsed,
            Appearances: fields.GetInt32("Appearances"),
            Goals: fields.GetInt32("Goals"),
            Assists: fields.GetInt32("Assists"),
            Passes: fields.GetInt32("Passes"),
            Interceptions: fields.GetInt32("Interceptions"),
            Tackles: fields.GetInt32("Tackles"),
            Fouls: fields.GetInt32("Fouls"),
            Price: fields.GetInt32("Price"));
    });
}
