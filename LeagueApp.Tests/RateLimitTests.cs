namespace LeagueApp.Tests;

[Collection(FaultsCollection.Name)]
public sealed class RateLimitTests(FaultsFixture fixture)
{
    [Fact]
    public async Task Too_many_requests_get_429_with_retry_after_and_the_limit_recovers()
    {
        // Fresh connections from one loopback address share one client bucket (100 requests, +50/s here).
        using var client = fixture.CreateFrontendClient();
        var answers = await Task.WhenAll(Enumerable.Range(0, 400).Select(_ => client.GetAsync("/api/no-such-route")));

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

    [Fact]
    public async Task A_client_holds_no_more_live_event_streams_than_its_limit()
    {
        // The fixture allows two at once.
        using var client = fixture.CreateFrontendClient();
        using var first = await OpenEventsAsync(client);
        using var second = await OpenEventsAsync(client);
        AssertStreaming(first);
        AssertStreaming(second);

        using (var third = await OpenEventsAsync(client))
        {
            Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
            Assert.Equal("application/problem+json", third.Content.Headers.ContentType?.MediaType);
            Assert.Contains("live event streams open", await third.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            Assert.True(third.Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1), "a refused stream says when to come back");
        }

        // A stream the client closes gives its place back, once the frontend has seen it close.
        first.Dispose();
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        HttpResponseMessage again;
        while ((again = await OpenEventsAsync(client)).StatusCode == HttpStatusCode.TooManyRequests && DateTime.UtcNow < deadline)
        {
            again.Dispose();
            await Task.Delay(200);
        }

        using (again)
        {
            AssertStreaming(again);
        }
    }

    private static Task<HttpResponseMessage> OpenEventsAsync(HttpClient client) =>
        client.GetAsync("/api/events", HttpCompletionOption.ResponseHeadersRead);

    private static void AssertStreaming(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
    }
}
