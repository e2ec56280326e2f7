using System.Diagnostics;

namespace LeagueApp.Tests;

// The frontend keeps stats' answers until the league changes: Firestore's change stream tells it,
// whoever wrote; its own writes show at once.
[Collection(LeagueAppCollection.Name)]
public sealed class ReadCacheTests(LeagueAppFixture fixture)
{
    // A change reaches the frontend within milliseconds; a second leaves room for a busy machine.
    private static readonly TimeSpan StreamDelayLimit = TimeSpan.FromSeconds(1);

    [Fact]
    public async Task A_write_that_bypasses_the_frontend_shows_within_a_second()
    {
        const string Squad = "/api/teams/Chelsea/players";
        Assert.DoesNotContain("Cache Bypasser", (await fixture.Frontend.GetJsonAsync(Squad)).GetRawText());
        Assert.DoesNotContain("Cache Bypasser", (await fixture.Frontend.GetJsonAsync(Squad)).GetRawText()); // now cached

        await SignBehindTheFrontendAsync("Cache Bypasser", "Chelsea");
        var signed = Stopwatch.StartNew();
        try
        {
            while (!(await fixture.Frontend.GetJsonAsync(Squad)).GetRawText().Contains("Cache Bypasser", StringComparison.Ordinal))
            {
                Assert.True(signed.Elapsed < StreamDelayLimit, $"The squad still lacked the new player {signed.ElapsedMilliseconds} ms after playerops signed him.");
                await Task.Delay(20);
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
    public async Task A_write_through_the_frontend_shows_in_its_next_read()
    {
        const string Squad = "/api/teams/Liverpool/players";
        Assert.DoesNotContain("Edge Evictor", (await fixture.Frontend.GetJsonAsync(Squad)).GetRawText());
        try
        {
            for (var round = 0; round < 20; round++)
            {
                var (signed, _, _) = await fixture.Writer.SendJsonAsync(HttpMethod.Post, "/api/teams/Liverpool/players", PlayerBodies.NewPlayer("Edge Evictor", "Liverpool"));
                Assert.Equal(HttpStatusCode.Created, signed);
                Assert.Contains("Edge Evictor", (await fixture.Frontend.GetJsonAsync(Squad)).GetRawText());

                var (released, _, _) = await fixture.Writer.SendJsonAsync(HttpMethod.Delete, "/api/teams/Liverpool/players/Edge%20Evictor");
                Assert.Equal(HttpStatusCode.NoContent, released);
                Assert.DoesNotContain("Edge Evictor", (await fixture.Frontend.GetJsonAsync(Squad)).GetRawText());
            }
        }
        finally
        {
            await fixture.Writer.SendJsonAsync(HttpMethod.Delete, "/api/teams/Liverpool/players/Edge%20Evictor");
        }
    }

    // Straight to playerops: no frontend hears of it but through the change stream.
    private async Task SignBehindTheFrontendAsync(string name, string team)
    {
        using var playerops = fixture.App.CreateHttpClient("playerops");
        playerops.DefaultRequestHeaders.Add("X-Api-Key", LeagueAppFixture.ApiKey);
        var (created, _, _) = await playerops.SendJsonAsync(HttpMethod.Post, $"/teams/{Uri.EscapeDataString(team)}/players", PlayerBodies.NewPlayer(name, team));
        Assert.Equal(HttpStatusCode.Created, created);
    }
}
