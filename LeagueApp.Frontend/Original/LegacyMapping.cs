using LeagueApp.Contracts;
using LeagueApp.Domain;

namespace LeagueApp.Frontend.Original;

// Between the original JSON and the domain records.
public static class LegacyMapping
{
    public static LegacyPlayer ToLegacy(Player p) => new(
        p.Name, p.Team, p.Nationality, p.Position.ToString(), p.Appearances, p.Goals, p.Assists,
        p.Passes, p.Interceptions, p.Tackles, p.Fouls, p.Price);

    public static LegacyTeam ToLegacy(TeamStanding t) => new(
        t.Name, t.Played, t.Won, t.Drawn, t.Lost, t.GoalsFor, t.GoalsAgainst, t.GoalDifference, t.Points, t.Capital);

    /// <summary>The player of a create request, or the reason it cannot be one.</summary>
    public static (Player? Player, string? Error) ToPlayer(LegacyPlayer? input)
    {
        if (input is null)
        {
            return (null, "The body must hold the new player as \"NewPlayer\".");
        }

        var missing = new (string Field, object? Value)[]
        {
            ("Name", input.Name), ("Team", input.Team), ("Nationality", input.Nationality), ("Position", input.Position),
            ("Appearences", input.Appearences), ("Goals", input.Goals), ("Assists", input.Assists), ("Passes", input.Passes),
            ("Interceptions", input.Interceptions), ("Tackles", input.Tackles), ("Fouls", input.Fouls), ("Price", input.Price),
        }.Where(f => f.Value is null).Select(f => f.Field).ToList();
        if (missing.Count > 0)
        {
            return (null, $"The new player lacks {string.Join(", ", missing)}.");
        }

        if (!Positions.TryParse(input.Position, out var position))
        {
            return (null, $"Unknown position '{input.Position}'. Use Defender, Midfielder or Forward.");
        }

        return (new Player(
            input.Name!, input.Team!, input.Nationality!, position, input.Appearences!.Value, input.Goals!.Value,
            input.Assists!.Value, input.Passes!.Value, input.Interceptions!.Value, input.Tackles!.Value,
            input.Fouls!.Value, input.Price!.Value), null);
    }

    public static TransferRequest? ToTransfer(TransferPlayerRequest? input) =>
        input is { PlayerName: { } player, TeamFrom: { } from, TeamTo: { } to } ? new TransferRequest(player, from, to) : null;
}
