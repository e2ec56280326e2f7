using System.Text;
using System.Text.Json;
using LeagueApp.Domain;

namespace LeagueApp.Domain.Tests;

public class SeedDataTests
{
    private static readonly SeedData Seed = SeedData.Load();

    [Fact]
    public void The_seed_holds_four_teams_of_ten_players()
    {
        Assert.Equal("2018/19", Seed.Season);
        Assert.Equal(["Manchester City", "Liverpool", "Chelsea", "Tottenham Hotspur"], Seed.Teams.Select(t => t.Name));
        Assert.Equal(40, Seed.Players.Count);
        Assert.All(Seed.Teams, team => Assert.Equal(10, Seed.Players.Count(p => p.Team == team.Name)));
    }

    [Fact]
    public void Every_team_of_the_seed_is_valid()
    {
        Assert.All(Seed.Teams, team => Assert.Empty(TeamStandingValidator.Validate(team)));
    }

    [Fact]
    public void Every_player_of_the_seed_is_valid()
    {
        Assert.All(Seed.Players, player => Assert.Empty(PlayerValidator.Validate(player)));
    }

    [Fact]
    public void Player_names_are_unique_within_each_team()
    {
        Assert.Equal(Seed.Players.Count, Seed.Players.Select(p => (p.Team, p.Name)).Distinct().Count());
    }

    [Fact]
    public void Team_rows_match_the_original_table_and_capitals()
    {
        Assert.Equal(
            [
                new TeamStanding("Manchester City", 38, 32, 2, 4, 95, 23, 72, 98, 300),
                new TeamStanding("Liverpool", 38, 30, 7, 1, 89, 22, 67, 97, 250),
                new TeamStanding("Chelsea", 38, 21, 9, 8, 63, 39, 24, 72, 200),
                new TeamStanding("Tottenham Hotspur", 38, 23, 2, 13, 67, 39, 28, 71, 150),
            ],
            Seed.Teams);
    }

    [Theory]
    [InlineData("Liverpool", "Mohamed Salah", "Egypt", Position.Forward, 38, 22, 8, 1079, 5, 21, 25, 135)]
    [InlineData("Chelsea", "NGolo Kante", "France", Position.Midfielder, 36, 4, 4, 2021, 44, 74, 35, 90)]
    [InlineData("Manchester City", "Iikay Gundogan", "Germany", Position.Midfielder, 31, 6, 3, 1994, 28, 19, 13, 36)]
    [InlineData("Tottenham Hotspur", "Son Heung-Min", "South Korea", Position.Forward, 31, 12, 6, 752, 8, 23, 12, 58)]
    [InlineData("Chelsea", "Cesar Azpilicueta", "Spain", Position.Defender, 38, 1, 5, 2483, 43, 105, 39, 36)]
    public void Player_rows_match_the_original_files(
        string team,
        string name,
        string nationality,
        Position position,
        int appearances,
        int goals,
        int assists,
        int passes,
        int interceptions,
        int tackles,
        int fouls,
        int price)
    {
        var expected = new Player(name, team, nationality, position, appearances, goals, assists, passes, interceptions, tackles, fouls, price);

        Assert.Contains(expected, Seed.Players);
    }

    private const string ValidPlayer =
        """{ "name": "Jorginho", "nationality": "Italy", "position": "Midfielder", "appearances": 37, "goals": 2, "assists": 0, "passes": 3118, "interceptions": 63, "tackles": 76, "fouls": 33, "price": 58 }""";

    private static SeedData Read(string player)
    {
        var json = $$"""
            { "season": "2018/19", "source": "test", "teams": [ { "name": "Chelsea", "played": 38, "won": 21, "drawn": 9,
              "lost": 8, "goalsFor": 63, "goalsAgainst": 39, "goalDifference": 24, "points": 72, "capital": 200,
              "players": [ {{player}} ] } ] }
            """;
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));
        return SeedData.Read(stream);
    }

    [Fact]
    public void Players_take_the_team_they_are_nested_in()
    {
        var player = Assert.Single(Read(ValidPlayer).Players);

        Assert.Equal(new Player("Jorginho", "Chelsea", "Italy", Position.Midfielder, 37, 2, 0, 3118, 63, 76, 33, 58), player);
    }

    [Theory]
    [InlineData("\"price\": 58", "\"prize\": 58")]
    [InlineData(", \"price\": 58", "")]
    [InlineData("\"nationality\": \"Italy\"", "\"nationality\": null")]
    public void A_misspelt_missing_or_null_field_fails_the_load(string field, string replacement)
    {
        Assert.ThrowsAny<JsonException>(() => Read(ValidPlayer.Replace(field, replacement, StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("\"1\"")]
    [InlineData("\"Goalkeeper\"")]
    public void An_unknown_position_fails_the_load(string position)
    {
        var player = ValidPlayer.Replace("\"Midfielder\"", position, StringComparison.Ordinal);

        Assert.Throws<InvalidDataException>(() => Read(player));
    }

    [Fact]
    public void Loading_twice_gives_equal_data()
    {
        var again = SeedData.Load();

        Assert.Equal(Seed.Teams, again.Teams);
        Assert.Equal(Seed.Players, again.Players);
    }
}
