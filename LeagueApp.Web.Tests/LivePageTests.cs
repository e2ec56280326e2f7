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
}
