using System.Diagnostics;

namespace LeagueApp.Tests;

// Reads are cached in stats and again in the frontend; writes through the frontend evict both,
// writes that bypass it show once the lifetimes (5 s each by default) have passed.
[Collection(LeagueAppCollection.Name)]
public sealed class ReadCacheTests(LeagueAppFixture fixture)
{
    [Fact]
    public async Task A_write_that_bypasses_the_frontend_shows_only_after_the_cache_lifetime()
    {
        const string Squad = "/api/teams/Chelsea/players";
        Assert.DoesNotContain("Cache Bypasser", (await fixture.Frontend.GetJsonAsync(Squad)).GetRawText());

        await SignBehindTheFrontendAsync("Cache Bypasser", "Chelsea");
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

    [Fact]
    public async Task The_frontend_keeps_its_own_copy_until_a_write_through_it()
    {
        const string Squad = "/api/teams/Liverpool/players";
        Assert.DoesNotContain("Edge Keeper", (await fixture.Frontend.GetJsonAsync(Squad)).GetRawText());

        // Behind the frontend's back: a new player, and stats' cache emptied, so stats has it at once.
        using var stats = Backend("stats");
        await SignBehindTheFrontendAsync("Edge Keeper", "Liverpool");
        try
        {
            using var evicted = await stats.PostAsync("/cache/evict", null);
            Assert.Equal(HttpStatusCode.NoContent, evicted.StatusCode);
            Assert.Contains("Edge Keeper", (await stats.SendJsonAsync(HttpMethod.Get, "/teams/Liverpool/players")).Body.GetRawText());

            Assert.DoesNotContain("Edge Keeper", (await fixture.Frontend.GetJsonAsync(Squad)).GetRawText());

            // A write through the frontend empties its cache: the next read shows both players.
            var (signed, _, _) = await fixture.Writer.SendJsonAsync(HttpMethod.Post, "/api/teams/Liverpool/players", ApiClient.NewPlayer("Edge Evictor", "Liverpool"));
            Assert.Equal(HttpStatusCode.Created, signed);
            var squad = (await fixture.Frontend.GetJsonAsync(Squad)).GetRawText();
            Assert.Contains("Edge Keeper", squad);
            Assert.Contains("Edge Evictor", squad);
        }
        finally
        {
            await fixture.Writer.SendJsonAsync(HttpMethod.Delete, "/api/teams/Liverpool/players/Edge%20Keeper");
            await fixture.Writer.SendJsonAsync(HttpMethod.Delete, "/api/teams/Liverpool/players/Edge%20Evictor");
        }
    }

    [Fact]
    public async Task Evicting_through_the_frontend_needs_the_key_and_empties_both_caches()
    {
        const string Squad = "/api/teams/Chelsea/players";
        Assert.DoesNotContain("Evicted Newcomer", (await fixture.Frontend.GetJsonAsync(Squad)).GetRawText());

        await SignBehindTheFrontendAsync("Evicted Newcomer", "Chelsea");
        try
        {
            var (refused, problem, _) = await fixture.Frontend.SendJsonAsync(HttpMethod.Post, "/cache/evict");
            Assert.Equal(HttpStatusCode.Unauthorized, refused);
            Assert.Equal(401, problem.GetProperty("status").GetInt32());
            Assert.DoesNotContain("Evicted Newcomer", (await fixture.Frontend.GetJsonAsync(Squad)).GetRawText());

            var (evicted, _, _) = await fixture.Writer.SendJsonAsync(HttpMethod.Post, "/cache/evict");
            Assert.Equal(HttpStatusCode.NoContent, evicted);
            Assert.Contains("Evicted Newcomer", (await fixture.Frontend.GetJsonAsync(Squad)).GetRawText());
        }
        finally
        {
            await fixture.Writer.SendJsonAsync(HttpMethod.Delete, "/api/teams/Chelsea/players/Evicted%20Newcomer");
        }
    }

    // A backend as the frontend reaches it, with the service key.
    private HttpClient Backend(string name)
    {
        var client = fixture.App.CreateHttpClient(name);
        client.DefaultRequestHeaders.Add("X-Api-Key", LeagueAppFixture.ApiKey);
        return client;
    }

    // Straight to playerops: neither the frontend's cache nor stats' hears of it.
    private async Task SignBehindTheFrontendAsync(string name, string team)
    {
        using var playerops = Backend("playerops");
        var (created, _, _) = await playerops.SendJsonAsync(HttpMethod.Post, $"/teams/{Uri.EscapeDataString(team)}/players", ApiClient.NewPlayer(name, team));
        Assert.Equal(HttpStatusCode.Created, created);
    }
}
