using System.Text.Json;

namespace LeagueApp.Tests;

[Collection(LeagueAppCollection.Name)]
public sealed class ApiWriteTests(LeagueAppFixture fixture)
{
    private readonly HttpClient _api = fixture.Writer;

    [Fact]
    public async Task Create_answers_201_with_a_location_that_reads_back_and_delete_answers_204()
    {
        var (status, body, response) = await _api.SendJsonAsync(HttpMethod.Post, "/api/teams/Chelsea/players", PlayerBodies.NewPlayer("Rest Tester", "Chelsea", price: 21));

        Assert.Equal(HttpStatusCode.Created, status);
        Assert.Equal("Rest Tester", body.GetProperty("name").GetString());
        var location = new Uri(_api.BaseAddress!, response.Headers.Location!).PathAndQuery;
        Assert.Equal("/api/teams/Chelsea/players/Rest%20Tester", location);
        Assert.Equal(21, (await _api.GetJsonAsync(location)).GetProperty("price").GetInt32());

        var (deleted, _, _) = await _api.SendJsonAsync(HttpMethod.Delete, location);
        Assert.Equal(HttpStatusCode.NoContent, deleted);

        var (gone, problem, goneResponse) = await _api.SendJsonAsync(HttpMethod.Get, location);
        ApiClient.AssertProblem(HttpStatusCode.NotFound, gone, problem, goneResponse);
        var (again, againBody, againResponse) = await _api.SendJsonAsync(HttpMethod.Delete, location);
        ApiClient.AssertProblem(HttpStatusCode.NotFound, again, againBody, againResponse);
    }

    [Fact]
    public async Task Creating_a_player_that_exists_is_a_409()
    {
        var (status, body, response) = await _api.SendJsonAsync(HttpMethod.Post, "/api/teams/Chelsea/players", PlayerBodies.NewPlayer("Jorginho", "Chelsea"));

        ApiClient.AssertProblem(HttpStatusCode.Conflict, status, body, response);
        Assert.Equal(58, (await _api.GetJsonAsync("/api/teams/Chelsea/players/Jorginho")).GetProperty("price").GetInt32());
    }

    [Theory]
    [InlineData("""{"name":"No Fields"}""")]
    [InlineData("""{"name":"X","team":"Chelsea","nationality":"England","position":"Keeper","appearances":1,"goals":0,"assists":0,"passes":0,"interceptions":0,"tackles":0,"fouls":0,"price":1}""")]
    [InlineData("""{"name":"Neg Ative","team":"Chelsea","nationality":"England","position":"Forward","appearances":1,"goals":-1,"assists":0,"passes":0,"interceptions":0,"tackles":0,"fouls":0,"price":1}""")]
    [InlineData("""{"name":"Other Team","team":"Liverpool","nationality":"England","position":"Forward","appearances":1,"goals":0,"assists":0,"passes":0,"interceptions":0,"tackles":0,"fouls":0,"price":1}""")]
    [InlineData("""{"name":"Str Goals","team":"Chelsea","nationality":"England","position":"Forward","appearances":1,"goals":"3","assists":0,"passes":0,"interceptions":0,"tackles":0,"fouls":0,"price":1}""")]
    [InlineData("""{"name":null,"team":"Chelsea","nationality":"England","position":"Forward","appearances":1,"goals":0,"assists":0,"passes":0,"interceptions":0,"tackles":0,"fouls":0,"price":1}""")]
    [InlineData("{not json")]
    public async Task Invalid_player_is_a_400_and_writes_nothing(string json)
    {
        var before = await _api.SnapshotAsync();

        var (status, body, response) = await _api.SendJsonAsync(HttpMethod.Post, "/api/teams/Chelsea/players", json);

        ApiClient.AssertProblem(HttpStatusCode.BadRequest, status, body, response);
        Assert.Equal(before, await _api.SnapshotAsync());
    }

    [Fact]
    public async Task Transfer_answers_with_both_clubs_and_moves_exactly_the_price()
    {
        var (created, _, _) = await _api.SendJsonAsync(HttpMethod.Post, "/api/teams/Liverpool/players", PlayerBodies.NewPlayer("Api Mover", "Liverpool", price: 7));
        Assert.Equal(HttpStatusCode.Created, created);
        var capitals = await _api.TeamCapitalsAsync();

        var (status, body, _) = await _api.SendJsonAsync(HttpMethod.Post, "/api/transfers", new { player = "Api Mover", fromTeam = "Liverpool", toTeam = "Manchester City" });

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Manchester City", body.GetProperty("player").GetProperty("team").GetString());
        Assert.Equal(capitals["Liverpool"] + 7, body.GetProperty("seller").GetProperty("capital").GetInt32());
        Assert.Equal(capitals["Manchester City"] - 7, body.GetProperty("buyer").GetProperty("capital").GetInt32());
        var after = await _api.TeamCapitalsAsync();
        Assert.Equal(capitals["Liverpool"] + 7, after["Liverpool"]);
        Assert.Equal(capitals["Manchester City"] - 7, after["Manchester City"]);
        Assert.Equal("Manchester City", (await _api.GetJsonAsync("/api/teams/Manchester%20City/players/Api%20Mover")).GetProperty("team").GetString());

        var (deleted, _, _) = await _api.SendJsonAsync(HttpMethod.Delete, "/api/teams/Manchester%20City/players/Api%20Mover");
        Assert.Equal(HttpStatusCode.NoContent, deleted);
    }

    [Theory]
    [InlineData("Jorginho", "Chelsea", "Chelsea", HttpStatusCode.UnprocessableEntity)]
    [InlineData("Nobody Here", "Chelsea", "Liverpool", HttpStatusCode.NotFound)]
    [InlineData("Jorginho", "Chelsea", "Arsenal", HttpStatusCode.NotFound)]
    [InlineData("Jorginho", "Chelsea", "", HttpStatusCode.BadRequest)]
    public async Task Refused_transfer_is_a_problem_and_changes_nothing(string player, string from, string to, HttpStatusCode expected)
    {
        var before = await _api.SnapshotAsync();

        var (status, body, response) = await _api.SendJsonAsync(HttpMethod.Post, "/api/transfers", new { player, fromTeam = from, toTeam = to });

        ApiClient.AssertProblem(expected, status, body, response);
        Assert.Equal(before, await _api.SnapshotAsync());
    }

    [Fact]
    public async Task Unaffordable_transfer_is_a_422_and_changes_nothing()
    {
        var (created, _, _) = await _api.SendJsonAsync(HttpMethod.Post, "/api/teams/Liverpool/players", PlayerBodies.NewPlayer("Gold Boots", "Liverpool", price: 5000));
        Assert.Equal(HttpStatusCode.Created, created);
        try
        {
            var before = await _api.SnapshotAsync();

            var (status, body, response) = await _api.SendJsonAsync(HttpMethod.Post, "/api/transfers", new { player = "Gold Boots", fromTeam = "Liverpool", toTeam = "Tottenham Hotspur" });

            ApiClient.AssertProblem(HttpStatusCode.UnprocessableEntity, status, body, response);
            Assert.Contains("cannot afford", body.GetProperty("detail").GetString());
            Assert.Equal(before, await _api.SnapshotAsync());
        }
        finally
        {
            await _api.SendJsonAsync(HttpMethod.Delete, "/api/teams/Liverpool/players/Gold%20Boots");
        }
    }
}
