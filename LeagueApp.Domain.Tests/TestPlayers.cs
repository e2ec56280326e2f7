using LeagueApp.Domain;

namespace LeagueApp.Domain.Tests;

/// <summary>Builds players with only the figures a test cares about; everything else is a valid zero.</summary>
internal static class TestPlayers
{
    public static Player Create(
        string name,
        Position position,
        string team = "Test Town",
        int goals = 0,
        int assists = 0,
        int passes = 0,
        int interceptions = 0,
        int tackles = 0,
        int price = 0) =>
        new(name, team, "England", position, 10, goals, assists, passes, interceptions, tackles, 0, price);

    public static IEnumerable<string> Names(this IEnumerable<RankedPlayer> ranked) =>
        ranked.Select(r => r.Player.Name);
}
