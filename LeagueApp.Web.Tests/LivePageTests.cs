using System.Net.Http.Json;
using static Microsoft.Playwright.Assertions;

namespace LeagueApp.Web.Tests;

// The page follows the league as it changes, whoever changes it: no reload, no click.
[Collection(WebAppCollection.Name)]
public sealed class LivePageTests(WebAppFixture fixture)
{
    [Fact]
    public async Task Changes_made_by_someone_else_show_on_an_open_page()
    {
        await using var page = await fixture.OpenPageAsync();
        await page.ShowSquadAsync("Liverpool");
        await Expect(page.Page.Locator("#live-state")).ToHaveTextAsync("Live");
        try
        {
            // Another client, through the frontend's API.
            await fixture.Writer.TransferAsync("Sadio Mane", "Liverpool", "Chelsea");
            // The seller gets the price: 250 + 76.
            await Expect(page.Capital("Liverpool")).ToHaveTextAsync("326");
            await Expect(page.SquadRow("Sadio Mane")).ToHaveCountAsync(0);

            // A write that never passes through any frontend: straight to playerops.
            using var playerops = fixture.App.CreateHttpClient("playerops");
            playerops.DefaultRequestHeaders.Add("X-Api-Key", WebAppFixture.ApiKey);
            using var created = await playerops.PostAsJsonAsync("/teams/Liverpool/players", PlayerBodies.NewPlayer("Live Newcomer", "Liverpool", price: 1, appearances: 1));
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
            await Expect(page.SquadRow("Live Newcomer")).ToBeVisibleAsync();
            Assert.Empty(page.ScriptErrors);
        }
        finally
        {
            await fixture.Writer.DeletePlayerIfPresentAsync("Liverpool", "Live Newcomer");
            await fixture.Writer.TransferAsync("Sadio Mane", "Chelsea", "Liverpool");
        }

        await Expect(page.SquadRow("Live Newcomer")).ToHaveCountAsync(0);
        await Expect(page.Capital("Liverpool")).ToHaveTextAsync("250");
    }

    // EventSource gives up on an answer other than 200 (a 503 from the gateway while pods roll, a 429
    // from the edge); the page must open a new stream itself and follow the league again.
    [Fact]
    public async Task The_page_follows_the_league_again_after_its_stream_was_refused()
    {
        await using var page = await fixture.OpenPageAsync();
        await page.ShowSquadAsync("Liverpool");
        await Expect(page.Page.Locator("#live-state")).ToHaveTextAsync("Live");
        var refused = new TaskCompletionSource();
        await page.Page.RouteAsync("**/api/events", async route =>
        {
            if (refused.TrySetResult())
            {
                await route.FulfillAsync(new() { Status = 503, ContentType = "application/problem+json", Body = """{"title":"Service unavailable"}""" });
                return;
            }

            await route.ContinueAsync();
        });

        // The open stream ends on schedule (Timeouts:EventStream); its reconnection is refused.
        await refused.Task.WaitAsync(TimeSpan.FromSeconds(60));
        try
        {
            await fixture.Writer.CreatePlayerAsync("Back Online", "Liverpool", price: 1);
            await Expect(page.SquadRow("Back Online")).ToBeVisibleAsync();
            await Expect(page.Page.Locator("#live-state")).ToHaveTextAsync("Live");
            Assert.Empty(page.ScriptErrors);
        }
        finally
        {
            await fixture.Writer.DeletePlayerIfPresentAsync("Liverpool", "Back Online");
        }
    }
}
