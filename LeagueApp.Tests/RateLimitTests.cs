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
}
