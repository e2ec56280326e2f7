using System.Text;

namespace LeagueApp.Tests;

[Collection(LeagueAppCollection.Name)]
public sealed class EdgeLimitTests(LeagueAppFixture fixture)
{
    [Fact]
    public async Task Oversized_json_body_is_a_413_and_changes_nothing()
    {
        var before = await fixture.Writer.SnapshotAsync();
        var huge = $$"""{"player":"Jorginho","fromTeam":"Chelsea","toTeam":"Liverpool","padding":"{{new string('x', 64 * 1024)}}"}""";

        var (status, body, response) = await fixture.Writer.SendJsonAsync(HttpMethod.Post, "/api/transfers", huge);

        ApiClient.AssertProblem(HttpStatusCode.RequestEntityTooLarge, status, body, response);
        Assert.Equal(before, await fixture.Writer.SnapshotAsync());
    }

    [Fact]
    public async Task Oversized_body_without_a_length_is_stopped_at_the_limit()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/transferplayer")
        {
            Content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes($$"""{"PlayerName":"{{new string('x', 64 * 1024)}}"}"""))),
        };
        request.Content.Headers.ContentType = new("application/json");
        request.Headers.TransferEncodingChunked = true;

        using var response = await fixture.Writer.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }
}
