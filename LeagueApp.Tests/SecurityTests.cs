namespace LeagueApp.Tests;

// Writes need the API key, on the original routes and on /api; the backends take writes only with it.
[Collection(LeagueAppCollection.Name)]
public sealed class SecurityTests(LeagueAppFixture fixture)
{
    public static TheoryData<string, string, string?> Writes => new()
    {
        { "POST", "/api/teams/Chelsea/players", """{"name":"Key Less","team":"Chelsea","nationality":"England","position":"Forward","appearances":1,"goals":0,"assists":0,"passes":0,"interceptions":0,"tackles":0,"fouls":0,"price":1}""" },
        { "DELETE", "/api/teams/Chelsea/players/Jorginho", null },
        { "POST", "/api/transfers", """{"player":"Jorginho","fromTeam":"Chelsea","toTeam":"Liverpool"}""" },
        { "GET", "/createplayer", """{"NewPlayer":{"Name":"Key Less","Team":"Chelsea","Nationality":"England","Position":"Forward","Appearences":1,"Goals":0,"Assists":0,"Passes":0,"Interceptions":0,"Tackles":0,"Fouls":0,"Price":1}}""" },
        { "GET", "/deleteplayer/Chelsea/Jorginho", null },
        { "DELETE", "/deleteplayer/Chelsea/Jorginho", null },
        { "GET", "/transferplayer", """{"PlayerName":"Jorginho","TeamFrom":"Chelsea","TeamTO":"Liverpool"}""" },
    };

    [Theory]
    [MemberData(nameof(Writes))]
    public async Task Write_without_a_key_is_a_401_and_changes_nothing(string method, string path, string? json)
    {
        var before = await fixture.Frontend.SnapshotAsync();

        var (status, body, response) = await fixture.Frontend.SendJsonAsync(new HttpMethod(method), path, json);

        ApiClient.AssertProblem(HttpStatusCode.Unauthorized, status, body, response);
        Assert.Contains("X-Api-Key", response.Headers.WwwAuthenticate.ToString());
        Assert.Equal(before, await fixture.Frontend.SnapshotAsync());
    }

    [Theory]
    [MemberData(nameof(Writes))]
    public async Task Write_with_a_wrong_key_is_a_401_and_changes_nothing(string method, string path, string? json)
    {
        using var client = fixture.CreateFrontendClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", "not-the-key-of-this-environment");
        var before = await client.SnapshotAsync();

        var (status, body, response) = await client.SendJsonAsync(new HttpMethod(method), path, json);

        ApiClient.AssertProblem(HttpStatusCode.Unauthorized, status, body, response);
        Assert.Equal("The API key is not valid.", body.GetProperty("detail").GetString());
        Assert.Equal(before, await client.SnapshotAsync());
    }

    [Theory]
    [InlineData("playerops", "POST", "/teams/Chelsea/players")]
    [InlineData("playerops", "DELETE", "/teams/Chelsea/players/Jorginho")]
    [InlineData("playerops", "POST", "/import/players")]
    [InlineData("playerops", "GET", "/imports/0123456789abcdef0123456789abcdef")]
    [InlineData("transfer", "POST", "/transfers")]
    public async Task Backends_refuse_writes_that_did_not_come_through_the_frontend(string backend, string method, string path)
    {
        using var client = fixture.App.CreateHttpClient(backend);

        var (status, body, response) = await client.SendJsonAsync(new HttpMethod(method), path, "{}");

        ApiClient.AssertProblem(HttpStatusCode.Unauthorized, status, body, response);
        Assert.Equal(58, (await fixture.Frontend.GetJsonAsync("/api/teams/Chelsea/players/Jorginho")).GetProperty("price").GetInt32());
    }

    [Fact]
    public async Task Reads_need_no_key()
    {
        var (status, _, _) = await fixture.Frontend.SendJsonAsync(HttpMethod.Get, "/api/teams");

        Assert.Equal(HttpStatusCode.OK, status);
    }
}
