using System.Text.Json;

namespace LeagueApp.Tests;

[Collection(LeagueAppCollection.Name)]
public sealed class ApiReadTests(LeagueAppFixture fixture)
{
    private readonly HttpClient _api = fixture.Frontend;

    [Fact]
    public async Task Teams_are_the_table_by_points()
    {
        var teams = (await _api.GetJsonAsync("/api/teams")).EnumerateArray().ToList();

        Assert.Equal(["Manchester City", "Liverpool", "Chelsea", "Tottenham Hotspur"], teams.Select(t => t.GetProperty("name").GetString()));
        Assert.Equal(97, teams[1].GetProperty("points").GetInt32());
        Assert.Equal(89, teams[1].GetProperty("goalsFor").GetInt32());
        Assert.Equal(67, teams[1].GetProperty("goalDifference").GetInt32());
    }

    [Fact]
    public async Task A_team_lists_its_ten_players_spelled_correctly()
    {
        var players = (await _api.GetJsonAsync("/api/teams/Chelsea/players")).EnumerateArray().ToList();

        Assert.Equal(10, players.Count);
        Assert.All(players, p => Assert.Equal("Chelsea", p.GetProperty("team").GetString()));
        Assert.All(players, p => Assert.True(p.TryGetProperty("appearances", out _)));
        Assert.All(players, p => Assert.False(p.TryGetProperty("appearences", out _)));
    }

    [Fact]
    public async Task One_player_has_the_real_price()
    {
        var player = await _api.GetJsonAsync("/api/teams/Liverpool/players/Mohamed%20Salah");

        Assert.Equal("Mohamed Salah", player.GetProperty("name").GetString());
        Assert.Equal(135, player.GetProperty("price").GetInt32());
        Assert.Equal("Forward", player.GetProperty("position").GetString());
    }

    [Fact]
    public async Task Best_of_a_team_come_with_their_scores()
    {
        var best = (await _api.GetJsonAsync("/api/teams/Chelsea/best")).EnumerateArray().ToList();

        Assert.Equal(["Cesar Azpilicueta", "Jorginho", "Eden Hazard"], best.Select(b => b.GetProperty("player").GetProperty("name").GetString()));
        // Azpilicueta: 43*50/100 + 105*50/100 = 21 + 52; Hazard: 16*70/100 + 15*30/100 = 11 + 4.
        Assert.Equal(73, best[0].GetProperty("score").GetInt32());
        Assert.Equal(15, best[2].GetProperty("score").GetInt32());
    }

    [Theory]
    [InlineData("", 3)]
    [InlineData("?top=5", 5)]
    [InlineData("?top=1", 1)]
    public async Task Top_of_a_position_defaults_to_three(string query, int expected)
    {
        var top = (await _api.GetJsonAsync($"/api/positions/Forward/top{query}")).EnumerateArray().ToList();

        Assert.Equal(expected, top.Count);
        Assert.Equal("Mohamed Salah", top[0].GetProperty("player").GetProperty("name").GetString());
        Assert.Equal(17, top[0].GetProperty("score").GetInt32());
        Assert.True(top.Select(t => t.GetProperty("score").GetInt32()).SequenceEqual(top.Select(t => t.GetProperty("score").GetInt32()).OrderDescending()));
    }

    [Theory]
    [InlineData("/api/positions/Forward/top?top=0", HttpStatusCode.BadRequest)]
    [InlineData("/api/positions/Forward/top?top=1000", HttpStatusCode.BadRequest)]
    [InlineData("/api/positions/Goalkeeper/top", HttpStatusCode.BadRequest)]
    [InlineData("/api/teams/Arsenal/players", HttpStatusCode.NotFound)]
    [InlineData("/api/teams/Arsenal/best", HttpStatusCode.NotFound)]
    [InlineData("/api/teams/Chelsea/players/Nobody", HttpStatusCode.NotFound)]
    [InlineData("/api/teams/Chel_sea/players", HttpStatusCode.BadRequest)]
    public async Task Bad_reads_get_problem_details(string path, HttpStatusCode expected)
    {
        var (status, body, response) = await _api.SendJsonAsync(HttpMethod.Get, path);

        ApiClient.AssertProblem(expected, status, body, response);
        if (expected == HttpStatusCode.BadRequest)
        {
            Assert.Equal(JsonValueKind.Object, body.GetProperty("errors").ValueKind);
        }
        else
        {
            Assert.False(string.IsNullOrWhiteSpace(body.GetProperty("detail").GetString()));
        }
    }
}
