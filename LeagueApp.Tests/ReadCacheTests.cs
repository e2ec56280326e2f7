using System.Diagnostics;

namespace LeagueApp.Tests;

// Reads are cached in stats; writes through the frontend evict the cache, writes that bypass it
// show once the cache lifetime (5 s by default) has passed.
[Collection(LeagueAppCollection.Name)]
public sealed class ReadCacheTests(LeagueAppFixture fixture)
{
    [Fact]
    public async Task A_write_that_bypasses_the_frontend_shows_only_after_the_cache_lifetime()
    {
        const string Squad = "/api/teams/Chelsea/players";
        Assert.DoesNotContain("Cache Bypasser", (await fixture.Frontend.GetJsonAsync(Squad)).GetRawText());

        using var playerops = fixture.App.CreateHttpClient("playerops");
        playerops.DefaultRequestHeaders.Add("X-Api-Key", LeagueAppFixture.ApiKey);
        var (created, _, _) = await playerops.SendJsonAsync(HttpMethod.Post, "/teams/Chelsea/players", ApiClient.NewPlayer("Cache Bypasser", "Chelsea"));
        Assert.Equal(HttpStatusCode.Created, created);
        try
        {
            Assert.DoesNotContain("Cache Bypasser", (await fixture.Frontend.GetJsonAsync(Squad)).GetRawText());

            var waited = Stopwatch.StartNew();
            while (!(await fixture.Frontend.GetJsonAsync(Squad)).GetRawText().Contains("Cache Bypasser", StringComparison.Ordinal))
            {
                Assert.True(waited.Elapsed < TimeSpan.FromSeconds(15), "The cached squad never expired.");
                await Task.Delay(250);
            }
        }
        finally
        {
            var (deleted, _, _) = await fixture.Writer.SendJsonAsync(HttpMethod.Delete, "/api/teams/Chelsea/players/Cache%20Bypasser");
            Assert.Equal(HttpStatusCode.NoContent, deleted);
        }

        Assert.DoesNotContain("Cache Bypasser", (await fixture.Frontend.GetJsonAsync(Squad)).GetRawText());
    }
}
