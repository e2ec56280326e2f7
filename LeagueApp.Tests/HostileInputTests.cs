using System.Text;

namespace LeagueApp.Tests;

// Garbage, tricks and attacks on every route: each gets a 4xx that says what is wrong, never a 5xx,
// never an internal detail, and the data is exactly as before.
[Collection(LeagueAppCollection.Name)]
public sealed class HostileInputTests(LeagueAppFixture fixture)
{
    // 10 kB names go in bodies; in a path they stay under Kestrel's 8 kB request line, which
    // Kestrel itself refuses (414) before the app could say anything.
    private static readonly string LongName = new('a', 10_000);
    private static readonly string LongSegment = new('a', 5_000);

    private static readonly string ValidPlayer =
        """{"name":"Val Id","team":"Chelsea","nationality":"England","position":"Forward","appearances":1,"goals":0,"assists":0,"passes":0,"interceptions":0,"tackles":0,"fouls":0,"price":1}""";

    // method, path, content type (null: none), body (null: none)
    public static TheoryData<string, string, string?, string?> Requests => new()
    {
        // Original routes
        { "GET", "/bestposition", "application/json", "{\"position\":" },
        { "GET", "/bestposition", "application/json", "{\"position\":\"Forward\",\"position\":\"Defender\"}" },
        { "GET", "/bestposition", "application/json", "{\"position\":[\"Forward\"]}" },
        { "GET", "/bestposition", "application/json", "{\"position\":\"Forw\\u0000ard\"}" },
        { "GET", "/bestposition", "text/plain", "{\"position\":\"Forward\"}" },
        { "GET", "/bestposition", "application/json", "null" },
        { "GET", "/table", "application/json", "{\"league\":\"../../etc/passwd\"}" },
        { "GET", "/table", "application/json", "{\"league\":42}" },
        { "GET", "/bestplayers/..%2F..%2Fadmin", null, null },
        { "GET", "/bestplayers/__Chelsea__", null, null },
        { "GET", "/bestplayers/Chel%07sea", null, null },
        { "GET", "/bestplayers/" + LongSegment, null, null },
        { "GET", "/createplayer", "application/json", "{\"NewPlayer\":{\"Name\":\"\",\"Team\":\"Chelsea\",\"Nationality\":\"X\",\"Position\":\"Forward\",\"Appearences\":1,\"Goals\":0,\"Assists\":0,\"Passes\":0,\"Interceptions\":0,\"Tackles\":0,\"Fouls\":0,\"Price\":1}}" },
        { "GET", "/createplayer", "application/json", "{\"NewPlayer\":{\"Name\":\"" + LongName + "\",\"Team\":\"Chelsea\",\"Nationality\":\"X\",\"Position\":\"Forward\",\"Appearences\":1,\"Goals\":0,\"Assists\":0,\"Passes\":0,\"Interceptions\":0,\"Tackles\":0,\"Fouls\":0,\"Price\":1}}" },
        { "GET", "/createplayer", "application/json", "{\"NewPlayer\":{\"Name\":\"Big Goals\",\"Team\":\"Chelsea\",\"Nationality\":\"X\",\"Position\":\"Forward\",\"Appearences\":1,\"Goals\":99999999999,\"Assists\":0,\"Passes\":0,\"Interceptions\":0,\"Tackles\":0,\"Fouls\":0,\"Price\":1}}" },
        { "GET", "/createplayer", "application/json", "{\"NewPlayer\":{\"Name\":\"Float Goals\",\"Team\":\"Chelsea\",\"Nationality\":\"X\",\"Position\":\"Forward\",\"Appearences\":1,\"Goals\":1.5,\"Assists\":0,\"Passes\":0,\"Interceptions\":0,\"Tackles\":0,\"Fouls\":0,\"Price\":1}}" },
        { "GET", "/createplayer", "application/json", "{\"NewPlayer\":{\"Name\":\"Ctrl\\u0007Char\",\"Team\":\"Chelsea\",\"Nationality\":\"X\",\"Position\":\"Forward\",\"Appearences\":1,\"Goals\":0,\"Assists\":0,\"Passes\":0,\"Interceptions\":0,\"Tackles\":0,\"Fouls\":0,\"Price\":1}}" },
        { "GET", "/createplayer", "application/json", "{\"NewPlayer\":null}" },
        { "DELETE", "/deleteplayer/Chelsea/..", null, null },
        { "DELETE", "/deleteplayer/Chelsea/__name__", null, null },
        { "DELETE", "/deleteplayer/Chelsea/Jorg%2Finho", null, null },
        { "GET", "/transferplayer", "application/json", "{\"PlayerName\":\"Jorginho\",\"TeamFrom\":\"Chelsea\",\"TeamTO\":null}" },
        { "GET", "/transferplayer", "application/json", "{\"PlayerName\":\"Jorginho\",\"TeamFrom\":\"Chelsea\",\"TeamTO\":\"Chelsea/..\"}" },
        { "GET", "/transferplayer", "application/json", "[]" },

        // REST API
        { "GET", "/api/positions/Forward/top?top=-1", null, null },
        { "GET", "/api/positions/Forward/top?top=abc", null, null },
        { "GET", "/api/positions/Forward/top?top=99999999999", null, null },
        { "GET", "/api/positions/1/top", null, null },
        { "GET", "/api/teams/%2E%2E/players", null, null },
        { "GET", "/api/teams/Chelsea/players/" + LongSegment, null, null },
        { "GET", "/api/teams/Chelsea/players/Jorginho%0A", null, null },
        { "POST", "/api/teams/Chelsea/players", "application/json", "" },
        { "POST", "/api/teams/Chelsea/players", "application/json", "{\"name\":\"Dup Key\",\"name\":\"Other\",\"team\":\"Chelsea\",\"nationality\":\"England\",\"position\":\"Forward\",\"appearances\":1,\"goals\":0,\"assists\":0,\"passes\":0,\"interceptions\":0,\"tackles\":0,\"fouls\":0,\"price\":1}" },
        { "POST", "/api/teams/Chelsea/players", "application/json", ValidPlayer.Replace("\"price\":1", "\"price\":-1", StringComparison.Ordinal) },
        { "POST", "/api/teams/Chelsea/players", "application/json", ValidPlayer.Replace("\"position\":\"Forward\"", "\"position\":1", StringComparison.Ordinal) },
        { "POST", "/api/teams/Chelsea/players", "application/json", ValidPlayer.Replace("Val Id", "Val\\u202EId", StringComparison.Ordinal) },
        { "POST", "/api/teams/Chelsea/players", "application/json", ValidPlayer.Replace("\"appearances\":1", "\"appearances\":100000", StringComparison.Ordinal) },
        { "POST", "/api/teams/Chelsea/players", "application/xml", "<player><name>X</name></player>" },
        { "POST", "/api/teams/Chelsea/players", "application/json", "{\"name\":\"" + new string('b', 20_000) + "\"}" },
        { "POST", "/api/teams/Arsenal/players", "application/json", ValidPlayer.Replace("Chelsea", "Arsenal", StringComparison.Ordinal) },
        { "DELETE", "/api/teams/Chelsea/players/%2E%2E", null, null },
        { "POST", "/api/transfers", "application/json", "{\"player\":\"Jorginho\",\"fromTeam\":\"Chelsea\"}" },
        { "POST", "/api/transfers", "application/json", "{\"player\":\"Jorginho\",\"fromTeam\":\"Chelsea\",\"toTeam\":\"__Liverpool__\"}" },
        { "POST", "/api/transfers", "application/json", "{\"player\":true,\"fromTeam\":\"Chelsea\",\"toTeam\":\"Liverpool\"}" },
        { "POST", "/api/transfers", "text/plain", "player=Jorginho" },
        { "POST", "/api/import/players", "text/csv", "Chelsea,Only,Three" },
        { "POST", "/api/import/players", "text/csv", "" },
        { "POST", "/api/import/players", "text/csv", "Chelsea,\"Unclosed quote,England,Forward,1,1,1,1,1,1,1,1" },
        { "POST", "/api/import/league", "text/csv", "Club;Played\nChelsea;38" },
        { "POST", "/api/import/league", "text/csv", "Club;Played;Won;Drawn;Lost;GF;GA;GD;Points\n;38;21;9;8;63;39;24;72" },
        { "POST", "/api/import/players", "application/json", "{}" },
    };

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task Hostile_request_gets_a_clear_4xx_and_changes_nothing(string method, string path, string? contentType, string? body)
    {
        var before = await fixture.Writer.SnapshotAsync();
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (body is not null)
        {
            request.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
            if (contentType is not null)
            {
                request.Content.Headers.ContentType = new(contentType);
            }
        }

        using var response = await fixture.Writer.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();

        Assert.True((int)response.StatusCode is >= 400 and < 500, $"{method} {path} answered {(int)response.StatusCode}: {text}");
        Assert.False(string.IsNullOrWhiteSpace(text), $"{method} {path} answered {(int)response.StatusCode} without a message.");
        foreach (var leak in new[] { "Exception", "   at ", "LeagueApp.", "projects/", "/documents", "127.0.0.1", "localhost:" })
        {
            Assert.DoesNotContain(leak, text, StringComparison.Ordinal);
        }

        Assert.Equal(before, await fixture.Writer.SnapshotAsync());
    }

    [Fact]
    public void The_table_covers_at_least_forty_requests_across_every_route()
    {
        var paths = Requests.Select(row => ((string)row[1]).Split('?')[0]).ToList();

        Assert.True(paths.Count >= 40);
        foreach (var route in new[] { "/bestposition", "/table", "/bestplayers/", "/createplayer", "/deleteplayer/", "/transferplayer", "/api/positions/", "/api/teams/", "/api/transfers", "/api/import/players", "/api/import/league" })
        {
            Assert.Contains(paths, p => p.StartsWith(route, StringComparison.Ordinal));
        }
    }
}
