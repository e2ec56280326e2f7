using LeagueApp.Domain;

namespace LeagueApp.Domain.Tests;

/// <summary>
/// The answers on the 2018/19 data, worked out by hand from the CSV figures. Where they differ from the original
/// app's published examples (Forward: Salah, Mane, Aguero; Midfielder: Jorginho, Kante, Fernandinho), the scores
/// below show why: Aguero's 16 beats Mane's 15, and Fernandinho's 1435 beats Kante's 1415.
/// </summary>
public class KnownAnswersTests
{
    private static readonly SeedData Seed = SeedData.Load();

    private static IEnumerable<(string Name, int Score)> Top3(Position position) =>
        Ranking.TopOfPosition(Seed.Players, position, 3).Select(r => (r.Player.Name, r.Score));

    [Fact]
    public void Top_forwards()
    {
        // Salah 15 + 2, Aguero 14 + 2, Mane 15 + 0; Hazard's 11 + 4 = 15 ties Mane, whose 22 goals beat 16.
        Assert.Equal([("Mohamed Salah", 17), ("Sergio Aguero", 16), ("Sadio Mane", 15)], Top3(Position.Forward));
    }

    [Fact]
    public void Top_defenders()
    {
        // Azpilicueta 21 + 52, Alonso 19 + 37, Robertson 15 + 40.
        Assert.Equal([("Cesar Azpilicueta", 73), ("Marcos Alonso", 56), ("Andrew Robertson", 55)], Top3(Position.Defender));
    }

    [Fact]
    public void Top_midfielders()
    {
        // Jorginho 2182 + 0, Fernandinho 1435 + 0, Kante 1414 + 1; David Silva 1410 + 2 = 1412 is fourth.
        Assert.Equal([("Jorginho", 2182), ("Fernandinho", 1435), ("NGolo Kante", 1415)], Top3(Position.Midfielder));
    }

    [Fact]
    public void Forward_tie_at_fifteen_keeps_both_players_in_goal_order()
    {
        var forwards = Ranking.TopOfPosition(Seed.Players, Position.Forward, 4);

        Assert.Equal(("Eden Hazard", 15), (forwards[3].Player.Name, forwards[3].Score));
    }

    [Fact]
    public void Best_of_chelsea()
    {
        var best = Ranking.BestOfTeam(Seed.Players.Where(p => p.Team == "Chelsea"));

        Assert.Equal(
            [("Cesar Azpilicueta", 73), ("Jorginho", 2182), ("Eden Hazard", 15)],
            best.Select(r => (r.Player.Name, r.Score)));
    }

    [Fact]
    public void Best_of_liverpool()
    {
        // Robertson 15 + 40; Wijnaldum 1238 + 0 beats Henderson 1218 + 0; Salah 17.
        var best = Ranking.BestOfTeam(Seed.Players.Where(p => p.Team == "Liverpool"));

        Assert.Equal(
            [("Andrew Robertson", 55), ("Georginio Wijnaldum", 1238), ("Mohamed Salah", 17)],
            best.Select(r => (r.Player.Name, r.Score)));
    }

    [Fact]
    public void League_table_order()
    {
        Assert.Equal(
            ["Manchester City", "Liverpool", "Chelsea", "Tottenham Hotspur"],
            LeagueTable.Sort(Seed.Teams.Reverse()).Select(t => t.Name));
    }
}
