using LeagueApp.Domain;
using LeagueApp.Firestore;

namespace LeagueApp.Data;

// Maps team standings to the documents of the original "League" collection and back.
public static class TeamDocuments
{
    public const string CapitalField = "Capital";

    public static DocumentFields ToFields(TeamStanding team) => new()
    {
        ["Played"] = team.Played,
        ["Won"] = team.Won,
        ["Drawn"] = team.Drawn,
        ["Lost"] = team.Lost,
        ["GF"] = team.GoalsFor,
        ["GA"] = team.GoalsAgainst,
        ["GD"] = team.GoalDifference,
        ["Points"] = team.Points,
        [CapitalField] = team.Capital,
    };

    /// <exception cref="UnreadableDocumentException">The document is not a team as the app writes one.</exception>
    public static TeamStanding FromDocument(FirestoreDocument document) => UnreadableDocumentException.Map(LeagueCollections.Teams, document, fields =>
        new TeamStanding(
            Name: document.Id,
            Played: fields.GetInt32("Played"),
            Won: fields.GetInt32("Won"),
            Drawn: fields.GetInt32("Drawn"),
            Lost: fields.GetInt32("Lost"),
            GoalsFor: fields.GetInt32("GF"),
            GoalsAgainst: fields.GetInt32("GA"),
            GoalDifference: fields.GetInt32("GD"),
            Points: fields.GetInt32("Points"),
            Capital: fields.GetInt32(CapitalField)));
}
