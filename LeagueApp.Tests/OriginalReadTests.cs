using System.Text.Json;

namespace LeagueApp.Tests;

// The answers of the original application's read routes on the 2018/19 seed.
[Collection(LeagueAppCollection.Name)]
public sealed class OriginalReadTests(LeagueAppFixture fixture)
{
    private readonly HttpClient _frontend = fixture.Frontend;

    [Fact]
    public async Task Best_forwards_are_Salah_Aguero_and_Mane_with_real_prices()
    {
        var (status, body) = await _frontend.CallAsync("/bestposition", """{"position":"Forward"}""");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(JsonValueKind.Null, body.GetProperty("Err").ValueKind);
        var players = body.GetProperty("Players");
        Assert.Equal(["Mohamed Salah", "Sergio Aguero", "Sadio Mane"], players.Names());
        Assert.Equal([135, 67, 76], players.EnumerateArray().Select(p => p.GetProperty("price").GetInt32()));
        Assert.All(players.EnumerateArray(), p => Assert.Equal("Forward", p.GetProperty("position").GetString()));
    }

    [Theory]
    [InlineData("Defender", "Cesar Azpilicueta", "Marcos Alonso", "Andrew Robertson")]
    [InlineData("Midfielder", "Jorginho", "Fernandinho", "NGolo Kante")]
    [InlineData("midfielder", "Jorginho", "Fernandinho", "NGolo Kante")]
    public async Task Best_of_a_position_are_the_top_three_by_score(string position, string first, string second, string third)
    {
        var (status, body) = await _frontend.CallAsync("/bestposition", $$"""{"position":"{{position}}"}""");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal([first, second, third], body.GetProperty("Players").Names());
    }

    [Fact]
    public async Task Best_players_of_Chelsea_are_one_per_position()
    {
        var (status, body) = await _frontend.CallAsync("/bestplayers/Chelsea");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(JsonValueKind.Null, body.GetProperty("Err").ValueKind);
        Assert.Equal(["Cesar Azpilicueta", "Jorginho", "Eden Hazard"], body.GetProperty("Players").Names());
    }

    [Fact]
    public async Task Best_players_of_a_team_with_spaces_in_its_name()
    {
        var (status, body) = await _frontend.CallAsync("/bestplayers/Manchester%20City");

        Assert.Equal(HttpStatusCode.OK, status);
        var players = body.GetProperty("Players").EnumerateArray().ToList();
        Assert.Equal(3, players.Count);
        Assert.All(players, p => Assert.Equal("Manchester City", p.GetProperty("team").GetString()));
    }

    [Fact]
    public async Task Table_lists_the_four_clubs_by_points_with_the_original_fields()
    {
        var (status, body) = await _frontend.CallAsync("/table", """{"league":"League"}""");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(JsonValueKind.Null, body.GetProperty("err").ValueKind);
        var teams = body.GetProperty("teams").EnumerateArray().ToList();
        Assert.Equal(
            ["Manchester City", "Liverpool", "Chelsea", "Tottenham Hotspur"],
            teams.Select(t => t.GetProperty("teamName").GetString()));
        var city = teams[0];
        Assert.Equal(38, city.GetProperty("teamPlayed").GetInt32());
        Assert.Equal(32, city.GetProperty("teamWon").GetInt32());
        Assert.Equal(2, city.GetProperty("teamDrawn").GetInt32());
        Assert.Equal(4, city.GetProperty("teamLost").GetInt32());
        Assert.Equal(95, city.GetProperty("teamGF").GetInt32());
        Assert.Equal(23, city.GetProperty("teamGA").GetInt32());
        Assert.Equal(72, city.GetProperty("teamGD").GetInt32());
        Assert.Equal(98, city.GetProperty("teamPoints").GetInt32());
        Assert.True(city.TryGetProperty("teamCapital", out _));
    }

    [Fact]
    public async Task Unknown_position_is_a_400_with_a_message()
    {
        var (status, body) = await _frontend.CallAsync("/bestposition", """{"position":"Goalkeeper"}""");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("Goalkeeper", body.GetProperty("Err").GetString());
    }

    [Theory]
    [InlineData("{\"position\":")]
    [InlineData("[1,2]")]
    [InlineData("{}")]
    [InlineData("{\"position\":42}")]
    public async Task Malformed_position_request_is_a_400(string json)
    {
        var (status, body) = await _frontend.CallAsync("/bestposition", json);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.False(string.IsNullOrWhiteSpace(body.GetProperty("Err").GetString()));
    }

    [Fact]
    public async Task Missing_body_is_a_400()
    {
        var (status, body) = await _frontend.CallAsync("/bestposition");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("body", body.GetProperty("Err").GetString());
    }

    [Fact]
    public async Task Unknown_team_is_a_404()
    {
        var (status, body) = await _frontend.CallAsync("/bestplayers/Arsenal");

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Contains("Arsenal", body.GetProperty("Err").GetString());
    }

    [Fact]
    public async Task Unknown_league_is_a_404()
    {
        var (status, body) = await _frontend.CallAsync("/table", """{"league":"Serie A"}""");

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Contains("Serie A", body.GetProperty("err").GetString());
    }
}
