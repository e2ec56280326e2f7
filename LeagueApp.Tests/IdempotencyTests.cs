namespace LeagueApp.Tests;

// A client that retries a write with the same Idempotency-Key gets the first answer again, and the
// write happens once.
[Collection(LeagueAppCollection.Name)]
public sealed class IdempotencyTests(LeagueAppFixture fixture)
{
    private readonly HttpClient _api = fixture.Writer;

    [Fact]
    public async Task A_retried_transfer_moves_the_player_and_the_money_once()
    {
        var (created, _, _) = await _api.SendJsonAsync(HttpMethod.Post, "/api/teams/Liverpool/players", PlayerBodies.NewPlayer("Retry Mover", "Liverpool", price: 9));
        Assert.Equal(HttpStatusCode.Created, created);
        var key = Guid.NewGuid().ToString();
        var transfer = new { player = "Retry Mover", fromTeam = "Liverpool", toTeam = "Chelsea" };
        var before = await _api.GetJsonAsync("/api/teams");

        var answers = new List<(HttpStatusCode Status, string Body)>();
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var (status, body, _) = await SendWithKeyAsync(HttpMethod.Post, "/api/transfers", key, transfer);
            answers.Add((status, body.GetRawText()));
        }

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.Status));
        Assert.Single(answers.Select(a => a.Body).Distinct());
        var capital = await _api.TeamCapitalsAsync();
        var capitalBefore = before.EnumerateArray().ToDictionary(t => t.GetProperty("name").GetString()!, t => t.GetProperty("capital").GetInt32());
        Assert.Equal(capitalBefore["Liverpool"] + 9, capital["Liverpool"]);
        Assert.Equal(capitalBefore["Chelsea"] - 9, capital["Chelsea"]);

        // The same key for another request is refused, not replayed.
        var (reused, problem, response) = await SendWithKeyAsync(HttpMethod.Post, "/api/transfers", key, new { player = "Retry Mover", fromTeam = "Chelsea", toTeam = "Liverpool" });
        ApiClient.AssertProblem(HttpStatusCode.UnprocessableEntity, reused, problem, response);
        Assert.Equal("Chelsea", (await _api.GetJsonAsync("/api/teams/Chelsea/players/Retry%20Mover")).GetProperty("team").GetString());

        var (deleted, _, _) = await _api.SendJsonAsync(HttpMethod.Delete, "/api/teams/Chelsea/players/Retry%20Mover");
        Assert.Equal(HttpStatusCode.NoContent, deleted);
    }

    [Fact]
    public async Task Concurrent_retries_of_one_transfer_do_it_once()
    {
        var (created, _, _) = await _api.SendJsonAsync(HttpMethod.Post, "/api/teams/Tottenham%20Hotspur/players", PlayerBodies.NewPlayer("Twin Mover", "Tottenham Hotspur", price: 4));
        Assert.Equal(HttpStatusCode.Created, created);
        var key = Guid.NewGuid().ToString();
        var spursBefore = (await _api.TeamCapitalsAsync())["Tottenham Hotspur"];

        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ =>
            SendWithKeyAsync(HttpMethod.Post, "/api/transfers", key, new { player = "Twin Mover", fromTeam = "Tottenham Hotspur", toTeam = "Manchester City" })));

        // Each twin either replays the one transfer or, having collided inside Firestore, says so.
        Assert.Contains(answers, a => a.Status == HttpStatusCode.OK);
        Assert.All(answers, a => Assert.Contains(a.Status, new[] { HttpStatusCode.OK, HttpStatusCode.Conflict }));
        Assert.Equal(spursBefore + 4, (await _api.TeamCapitalsAsync())["Tottenham Hotspur"]);

        var (deleted, _, _) = await _api.SendJsonAsync(HttpMethod.Delete, "/api/teams/Manchester%20City/players/Twin%20Mover");
        Assert.Equal(HttpStatusCode.NoContent, deleted);
    }

    [Fact]
    public async Task A_retried_create_and_delete_answer_as_the_first_time()
    {
        var createKey = Guid.NewGuid().ToString();
        var player = PlayerBodies.NewPlayer("Retry Signing", "Chelsea", price: 3);

        var first = await SendWithKeyAsync(HttpMethod.Post, "/api/teams/Chelsea/players", createKey, player);
        var second = await SendWithKeyAsync(HttpMethod.Post, "/api/teams/Chelsea/players", createKey, player);

        Assert.Equal(HttpStatusCode.Created, first.Status);
        Assert.Equal(HttpStatusCode.Created, second.Status);
        Assert.Equal(first.Body.GetRawText(), second.Body.GetRawText());

        var deleteKey = Guid.NewGuid().ToString();
        var firstDelete = await SendWithKeyAsync(HttpMethod.Delete, "/api/teams/Chelsea/players/Retry%20Signing", deleteKey);
        var secondDelete = await SendWithKeyAsync(HttpMethod.Delete, "/api/teams/Chelsea/players/Retry%20Signing", deleteKey);
        Assert.Equal(HttpStatusCode.NoContent, firstDelete.Status);
        Assert.Equal(HttpStatusCode.NoContent, secondDelete.Status);

        // Without the key the same delete is a plain 404: the player is gone once.
        var (again, _, _) = await _api.SendJsonAsync(HttpMethod.Delete, "/api/teams/Chelsea/players/Retry%20Signing");
        Assert.Equal(HttpStatusCode.NotFound, again);
    }

    [Theory]
    [InlineData("has space")]
    [InlineData("slash/inside")]
    [InlineData("ünicode")]
    public async Task A_malformed_key_is_a_400(string key)
    {
        var (status, body, response) = await SendWithKeyAsync(HttpMethod.Post, "/api/transfers", Uri.EscapeDataString(key), new { player = "Jorginho", fromTeam = "Chelsea", toTeam = "Liverpool" });

        ApiClient.AssertProblem(HttpStatusCode.BadRequest, status, body, response);
        Assert.Equal("Chelsea", (await _api.GetJsonAsync("/api/teams/Chelsea/players/Jorginho")).GetProperty("team").GetString());
    }

    private async Task<(HttpStatusCode Status, System.Text.Json.JsonElement Body, HttpResponseMessage Response)> SendWithKeyAsync(
        HttpMethod method, string path, string key, object? body = null)
    {
        using var client = fixture.CreateFrontendClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", LeagueAppFixture.ApiKey);
        client.DefaultRequestHeaders.TryAddWithoutValidation("Idempotency-Key", key);
        return await client.SendJsonAsync(method, path, body);
    }
}
