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

    [Fact]
    public async Task Too_many_requests_get_429_with_retry_after_and_the_limit_recovers()
    {
        // Fresh connections from one loopback address share one client bucket (200 requests, +100/s).
        using var client = fixture.CreateFrontendClient();
        var answers = await Task.WhenAll(Enumerable.Range(0, 600).Select(_ => client.GetAsync("/api/no-such-route")));

        var limited = answers.Where(a => a.StatusCode == HttpStatusCode.TooManyRequests).ToList();
        Assert.NotEmpty(limited);
        Assert.All(answers, a => Assert.Contains(a.StatusCode, new[] { HttpStatusCode.NotFound, HttpStatusCode.TooManyRequests }));
        var retryAfter = limited[0].Headers.RetryAfter?.Delta;
        Assert.NotNull(retryAfter);
        Assert.Equal("application/problem+json", limited[0].Content.Headers.ContentType?.MediaType);

        // Waiting as told is enough to be served again.
        await Task.Delay(retryAfter.Value + TimeSpan.FromSeconds(2));
        var again = await client.GetAsync("/api/teams");
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        foreach (var answer in answers)
        {
            answer.Dispose();
        }
    }
}
