using LeagueApp.Domain;

namespace LeagueApp.Domain.Tests;

public class RankingTests
{
    [Fact]
    public void TopOfPosition_keeps_only_that_position_best_first()
    {
        Player[] players =
        [
            TestPlayers.Create("Low Forward", Position.Forward, goals: 10),
            TestPlayers.Create("Busy Midfielder", Position.Midfielder, passes: 1000, goals: 50),
            TestPlayers.Create("High Forward", Position.Forward, goals: 20),
            TestPlayers.Create("Tough Defender", Position.Defender, tackles: 500, goals: 40),
        ];

        var top = Ranking.TopOfPosition(players, Position.Forward, 3);

        Assert.Equal(
            [new RankedPlayer(players[2], 14), new RankedPlayer(players[0], 7)],
            top);
    }

    [Fact]
    public void Equal_scores_are_ordered_by_main_statistic_before_name()
    {
        // Both score 7: 10 * 70 / 100 + 0 and 9 * 70 / 100 + 4 * 30 / 100 = 6 + 1.
        Player[] players =
        [
            TestPlayers.Create("Abe Assist", Position.Forward, goals: 9, assists: 4),
            TestPlayers.Create("Zed Goals", Position.Forward, goals: 10),
        ];

        var top = Ranking.TopOfPosition(players, Position.Forward, 3);

        Assert.Equal(["Zed Goals", "Abe Assist"], top.Names());
        Assert.All(top, ranked => Assert.Equal(7, ranked.Score));
    }

    [Fact]
    public void Equal_scores_and_main_statistic_are_ordered_by_name_ordinally()
    {
        // Ordinal order puts upper case before lower case: "Zoe" < "adam".
        Player[] players =
        [
            TestPlayers.Create("Bob", Position.Defender, tackles: 10),
            TestPlayers.Create("adam", Position.Defender, tackles: 10),
            TestPlayers.Create("Zoe", Position.Defender, tackles: 10),
            TestPlayers.Create("Alan", Position.Defender, tackles: 10),
        ];

        var top = Ranking.TopOfPosition(players, Position.Defender, 4);

        Assert.Equal(["Alan", "Bob", "Zoe", "adam"], top.Names());
    }

    [Fact]
    public void Ties_never_drop_a_player()
    {
        Player[] players =
        [
            TestPlayers.Create("Dan", Position.Midfielder, passes: 100),
            TestPlayers.Create("Cal", Position.Midfielder, passes: 100),
            TestPlayers.Create("Bo", Position.Midfielder, passes: 100),
            TestPlayers.Create("Al", Position.Midfielder, passes: 100),
        ];

        Assert.Equal(["Al", "Bo", "Cal"], Ranking.TopOfPosition(players, Position.Midfielder, 3).Names());
        Assert.Equal(["Al", "Bo", "Cal", "Dan"], Ranking.TopOfPosition(players, Position.Midfielder, 10).Names());
    }

    [Fact]
    public void Namesakes_in_different_teams_are_both_kept_in_team_order()
    {
        Player[] players =
        [
            TestPlayers.Create("Danny Rose", Position.Defender, team: "Tottenham Hotspur", tackles: 49),
            TestPlayers.Create("Danny Rose", Position.Defender, team: "Manchester City", tackles: 49),
        ];

        var top = Ranking.TopOfPosition(players, Position.Defender, 3);

        Assert.Equal(["Manchester City", "Tottenham Hotspur"], top.Select(r => r.Player.Team));
    }

    [Fact]
    public void Fewer_players_than_asked_give_a_shorter_list()
    {
        Player[] players =
        [
            TestPlayers.Create("One", Position.Forward, goals: 2),
            TestPlayers.Create("Two", Position.Forward, goals: 1),
            TestPlayers.Create("Mid", Position.Midfielder, passes: 100),
        ];

        Assert.Equal(["One", "Two"], Ranking.TopOfPosition(players, Position.Forward, 3).Names());
        Assert.Empty(Ranking.TopOfPosition(players, Position.Defender, 3));
        Assert.Empty(Ranking.TopOfPosition([], Position.Forward, 3));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(int.MinValue)]
    public void A_count_of_zero_or_less_gives_an_empty_list(int count)
    {
        Player[] players = [TestPlayers.Create("One", Position.Forward, goals: 2)];

        Assert.Empty(Ranking.TopOfPosition(players, Position.Forward, count));
    }

    [Fact]
    public void BestOfTeam_lists_defender_midfielder_forward_in_that_order()
    {
        Player[] players =
        [
            TestPlayers.Create("Second Forward", Position.Forward, goals: 5),
            TestPlayers.Create("Best Forward", Position.Forward, goals: 10),
            TestPlayers.Create("Best Midfielder", Position.Midfielder, passes: 900),
            TestPlayers.Create("Second Midfielder", Position.Midfielder, passes: 800),
            TestPlayers.Create("Best Defender", Position.Defender, tackles: 60),
            TestPlayers.Create("Second Defender", Position.Defender, tackles: 50),
        ];

        var best = Ranking.BestOfTeam(players);

        Assert.Equal(
            [new RankedPlayer(players[4], 30), new RankedPlayer(players[2], 630), new RankedPlayer(players[1], 7)],
            best);
    }

    [Fact]
    public void BestOfTeam_leaves_out_a_position_without_players()
    {
        Player[] players =
        [
            TestPlayers.Create("Only Forward", Position.Forward, goals: 5),
            TestPlayers.Create("Only Defender", Position.Defender, tackles: 10),
        ];

        Assert.Equal(["Only Defender", "Only Forward"], Ranking.BestOfTeam(players).Names());
        Assert.Empty(Ranking.BestOfTeam([]));
    }

    [Fact]
    public void BestOfTeam_reads_a_lazy_sequence_once()
    {
        var enumerations = 0;
        IEnumerable<Player> Players()
        {
            enumerations++;
            yield return TestPlayers.Create("Only Forward", Position.Forward, goals: 5);
        }

        Ranking.BestOfTeam(Players());

        Assert.Equal(1, enumerations);
    }
}
