using System.Text.Json;

namespace LeagueApp.Tests;

// Create, delete and transfer through the original routes. Each test uses players of its own
// and removes them, so the seed answers of the read tests stay true.
[Collection(LeagueAppCollection.Name)]
public sealed class OriginalWriteTests(LeagueAppFixture fixture)
{
    private readonly HttpClient _frontend = fixture.Writer;

    [Fact]
    public async Task Created_player_can_be_read_back_and_deleted()
    {
        // Goals high enough to be Tottenham's best forward, so the read route shows the new player.
        var (status, body) = await _frontend.CallAsync("/createplayer", OriginalClient.NewPlayerJson("Harry Testwell", "Tottenham Hotspur", goals: 90, price: 55));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(JsonValueKind.Null, body.GetProperty("Err").ValueKind);
        Assert.Contains("Harry Testwell", body.GetProperty("Ops").GetString());

        try
        {
            var (_, best) = await _frontend.CallAsync("/bestplayers/Tottenham%20Hotspur");
            var forward = best.GetProperty("Players").EnumerateArray().Single(p => p.GetProperty("position").GetString() == "Forward");
            Assert.Equal("Harry Testwell", forward.GetProperty("name").GetString());
            Assert.Equal("Tottenham Hotspur", forward.GetProperty("team").GetString());
            Assert.Equal(55, forward.GetProperty("price").GetInt32());
            Assert.Equal(10, forward.GetProperty("appearences").GetInt32());
        }
        finally
        {
            var (deleted, answer) = await _frontend.CallAsync("/deleteplayer/Tottenham%20Hotspur/Harry%20Testwell");
            Assert.Equal(HttpStatusCode.OK, deleted);
            Assert.Equal(JsonValueKind.Null, answer.GetProperty("Err").ValueKind);
        }

        var (again, gone) = await _frontend.CallAsync("/deleteplayer/Tottenham%20Hotspur/Harry%20Testwell");
        Assert.Equal(HttpStatusCode.NotFound, again);
        Assert.Contains("Harry Testwell", gone.GetProperty("Err").GetString());
    }

    [Fact]
    public async Task Creating_an_existing_player_is_a_409_and_keeps_the_first()
    {
        var (created, _) = await _frontend.CallAsync(HttpMethod.Post, "/createplayer", OriginalClient.NewPlayerJson("Dupe Tester", "Liverpool", price: 5));
        Assert.Equal(HttpStatusCode.OK, created);
        try
        {
            var (status, body) = await _frontend.CallAsync(HttpMethod.Post, "/createplayer", OriginalClient.NewPlayerJson("Dupe Tester", "Liverpool", price: 99));
            Assert.Equal(HttpStatusCode.Conflict, status);
            Assert.Contains("Dupe Tester", body.GetProperty("Err").GetString());
        }
        finally
        {
            var (deleted, _) = await _frontend.CallAsync(HttpMethod.Delete, "/deleteplayer/Liverpool/Dupe%20Tester");
            Assert.Equal(HttpStatusCode.OK, deleted);
        }
    }

    [Theory]
    [InlineData("""{"NewPlayer":{"Name":"Bad Stats","Team":"Chelsea","Nationality":"Spain","Position":"Forward","Appearences":1,"Goals":-5,"Assists":0,"Passes":0,"Interceptions":0,"Tackles":0,"Fouls":0,"Price":1}}""", HttpStatusCode.BadRequest)]
    [InlineData("""{"NewPlayer":{"Name":"No Stats","Team":"Chelsea"}}""", HttpStatusCode.BadRequest)]
    [InlineData("""{"NewPlayer":{"Name":"Keeper","Team":"Chelsea","Nationality":"Spain","Position":"Goalkeeper","Appearences":1,"Goals":0,"Assists":0,"Passes":0,"Interceptions":0,"Tackles":0,"Fouls":0,"Price":1}}""", HttpStatusCode.BadRequest)]
    [InlineData("""{"NewPlayer":{"Name":"Nobody","Team":"Arsenal","Nationality":"England","Position":"Forward","Appearences":1,"Goals":0,"Assists":0,"Passes":0,"Interceptions":0,"Tackles":0,"Fouls":0,"Price":1}}""", HttpStatusCode.NotFound)]
    [InlineData("""{"NewPlayer":{"Name":"Sla/sh","Team":"Chelsea","Nationality":"Spain","Position":"Forward","Appearences":1,"Goals":0,"Assists":0,"Passes":0,"Interceptions":0,"Tackles":0,"Fouls":0,"Price":1}}""", HttpStatusCode.BadRequest)]
    [InlineData("""{"Player":{}}""", HttpStatusCode.BadRequest)]
    [InlineData("not json", HttpStatusCode.BadRequest)]
    public async Task Invalid_create_is_refused_with_a_message_and_writes_nothing(string json, HttpStatusCode expected)
    {
        var before = await _frontend.CallAsync("/bestplayers/Chelsea");

        var (status, body) = await _frontend.CallAsync("/createplayer", json);

        Assert.Equal(expected, status);
        Assert.False(string.IsNullOrWhiteSpace(body.GetProperty("Err").GetString()));
        Assert.Equal(JsonValueKind.Null, body.GetProperty("Ops").ValueKind);
        var after = await _frontend.CallAsync("/bestplayers/Chelsea");
        Assert.Equal(before.Body.GetRawText(), after.Body.GetRawText());
    }

    [Fact]
    public async Task Transfer_moves_the_player_and_exactly_the_price()
    {
        var (created, _) = await _frontend.CallAsync("/createplayer", OriginalClient.NewPlayerJson("Moving Man", "Tottenham Hotspur", goals: 95, price: 12));
        Assert.Equal(HttpStatusCode.OK, created);
        var before = await _frontend.CapitalsAsync();

        var (status, body) = await _frontend.CallAsync("/transferplayer", """{"PlayerName":"Moving Man","TeamFrom":"Tottenham Hotspur","TeamTO":"Chelsea"}""");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(JsonValueKind.Null, body.GetProperty("Err").ValueKind);
        var after = await _frontend.CapitalsAsync();
        Assert.Equal(before["Tottenham Hotspur"] + 12, after["Tottenham Hotspur"]);
        Assert.Equal(before["Chelsea"] - 12, after["Chelsea"]);
        Assert.Equal(before["Liverpool"], after["Liverpool"]);
        Assert.Equal(before.Values.Sum(), after.Values.Sum());

        var (_, chelsea) = await _frontend.CallAsync("/bestplayers/Chelsea");
        var forward = chelsea.GetProperty("Players").EnumerateArray().Single(p => p.GetProperty("position").GetString() == "Forward");
        Assert.Equal("Moving Man", forward.GetProperty("name").GetString());
        Assert.Equal("Chelsea", forward.GetProperty("team").GetString());

        var (oldGone, _) = await _frontend.CallAsync("/deleteplayer/Tottenham%20Hotspur/Moving%20Man");
        Assert.Equal(HttpStatusCode.NotFound, oldGone);
        var (deleted, _) = await _frontend.CallAsync("/deleteplayer/Chelsea/Moving%20Man");
        Assert.Equal(HttpStatusCode.OK, deleted);
    }

    [Fact]
    public async Task Unaffordable_transfer_is_a_409_and_changes_nothing()
    {
        var (created, _) = await _frontend.CallAsync("/createplayer", OriginalClient.NewPlayerJson("Too Dear", "Liverpool", price: 5000));
        Assert.Equal(HttpStatusCode.OK, created);
        try
        {
            var before = await _frontend.CapitalsAsync();

            var (status, body) = await _frontend.CallAsync(HttpMethod.Post, "/transferplayer", """{"PlayerName":"Too Dear","TeamFrom":"Liverpool","TeamTO":"Tottenham Hotspur"}""");

            Assert.Equal(HttpStatusCode.Conflict, status);
            Assert.Contains("cannot afford", body.GetProperty("Err").GetString());
            Assert.Equal(before, await _frontend.CapitalsAsync());
        }
        finally
        {
            // Still Liverpool's: deleting it there succeeds.
            var (deleted, _) = await _frontend.CallAsync("/deleteplayer/Liverpool/Too%20Dear");
            Assert.Equal(HttpStatusCode.OK, deleted);
        }
    }

    [Theory]
    [InlineData("""{"PlayerName":"Nobody Known","TeamFrom":"Chelsea","TeamTO":"Liverpool"}""", HttpStatusCode.NotFound)]
    [InlineData("""{"PlayerName":"Jorginho","TeamFrom":"Chelsea","TeamTO":"Arsenal"}""", HttpStatusCode.NotFound)]
    [InlineData("""{"PlayerName":"Jorginho","TeamFrom":"Chelsea","TeamTO":"Chelsea"}""", HttpStatusCode.Conflict)]
    [InlineData("""{"PlayerName":"Jorginho","TeamFrom":"Chelsea"}""", HttpStatusCode.BadRequest)]
    [InlineData("""{"PlayerName":"../x","TeamFrom":"Chelsea","TeamTO":"Liverpool"}""", HttpStatusCode.BadRequest)]
    public async Task Refused_transfer_says_why_and_changes_nothing(string json, HttpStatusCode expected)
    {
        var before = await _frontend.CapitalsAsync();

        var (status, body) = await _frontend.CallAsync("/transferplayer", json);

        Assert.Equal(expected, status);
        Assert.False(string.IsNullOrWhiteSpace(body.GetProperty("Err").GetString()));
        Assert.Equal(before, await _frontend.CapitalsAsync());
        var (_, chelsea) = await _frontend.CallAsync("/bestplayers/Chelsea");
        Assert.Contains("Jorginho", chelsea.GetProperty("Players").Names());
    }
}
