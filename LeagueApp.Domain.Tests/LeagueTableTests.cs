using LeagueApp.Domain;

namespace LeagueApp.Domain.Tests;

public class LeagueTableTests
{
    private static TeamStanding Team(string name, int points, int goalsFor, int goalsAgainst) =>
        new(name, 38, 0, 0, 0, goalsFor, goalsAgainst, goalsFor - goalsAgainst, points, 0);

    [Fact]
    public void Points_come_first()
    {
        TeamStanding[] teams = [Team("Few", 50, 90, 10), Team("Many", 60, 10, 90)];

        Assert.Equal(["Many", "Few"], LeagueTable.Sort(teams).Select(t => t.Name));
    }

    [Fact]
    public void Equal_points_are_ordered_by_goal_difference()
    {
        TeamStanding[] teams = [Team("Minus", 60, 50, 60), Team("Plus", 60, 30, 20)];

        Assert.Equal(["Plus", "Minus"], LeagueTable.Sort(teams).Select(t => t.Name));
    }

    [Fact]
    public void Equal_points_and_goal_difference_are_ordered_by_goals_scored()
    {
        TeamStanding[] teams = [Team("Tight", 60, 20, 10), Team("Open", 60, 70, 60)];

        Assert.Equal(["Open", "Tight"], LeagueTable.Sort(teams).Select(t => t.Name));
    }

    [Fact]
    public void Full_ties_are_ordered_by_name_ordinally()
    {
        TeamStanding[] teams = [Team("burnley", 40, 30, 30), Team("Wolves", 40, 30, 30), Team("Arsenal", 40, 30, 30)];

        Assert.Equal(["Arsenal", "Wolves", "burnley"], LeagueTable.Sort(teams).Select(t => t.Name));
    }
}
