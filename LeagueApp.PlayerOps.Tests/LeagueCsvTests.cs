using LeagueApp.PlayerOps.Import;

namespace LeagueApp.PlayerOps.Tests;

public sealed class LeagueCsvTests
{
    private const string Header = "Club;Played;Won;Drawn;Lost;GF;GA;GD;Points";
    private const string City = "Manchester City;38;32;2;4;95;23;72;98";

    [Fact]
    public void Reads_the_original_file_without_capital()
    {
        var (teams, hasCapital, errors) = LeagueCsv.Parse($"{Header}\n{City}\n");

        Assert.Empty(errors);
        Assert.False(hasCapital);
        var city = Assert.Single(teams);
        Assert.Equal(2, city.Line);
        Assert.Equal(("Manchester City", 38, 32, 2, 4, 95, 23, 72, 98), (city.Value.Name, city.Value.Played, city.Value.Won, city.Value.Drawn, city.Value.Lost, city.Value.GoalsFor, city.Value.GoalsAgainst, city.Value.GoalDifference, city.Value.Points));
    }

    [Fact]
    public void Reads_an_optional_capital_column()
    {
        var (teams, hasCapital, errors) = LeagueCsv.Parse($"{Header};Capital\n{City};300\n");

        Assert.Empty(errors);
        Assert.True(hasCapital);
        Assert.Equal(300, teams[0].Value.Capital);
    }

    [Theory]
    [InlineData("Manchester City;38;32;2;4;95;23;70;98", 2, "GD")]
    [InlineData("Manchester City;38;32;2;3;95;23;72;98", 2, "Played")]
    [InlineData("Manchester City;38;32;2;4;95;23;72;99", 2, "Points")]
    [InlineData("Manchester City;38;32;2;4;95;23;72", 2, "*")]
    [InlineData("Manchester City;38;32;2;4;95;23;72;ninety", 2, "Points")]
    public void Names_the_line_and_column_of_each_error(string row, int line, string column)
    {
        var (_, _, errors) = LeagueCsv.Parse($"{Header}\n{row}\n");

        Assert.Contains(errors, e => e.Row == line && e.Column == column);
    }

    [Theory]
    [InlineData("Club,Played,Won,Drawn,Lost,GF,GA,GD,Points")]
    [InlineData("Club;Played;Won;Drawn;Lost;GF;GA;GD")]
    [InlineData("Club;Played;Won;Drawn;Lost;GF;GA;GD;Points;Budget")]
    public void Refuses_a_wrong_header(string header)
    {
        var (teams, _, errors) = LeagueCsv.Parse($"{header}\n{City}\n");

        Assert.Empty(teams);
        Assert.Contains(errors, e => e.Row == 1 && e.Column == "*");
    }
}
