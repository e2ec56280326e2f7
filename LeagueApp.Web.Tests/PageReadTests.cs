using static Microsoft.Playwright.Assertions;

namespace LeagueApp.Web.Tests;

// What a visitor sees on a fresh start: the seed season, read through /api only.
[Collection(WebAppCollection.Name)]
public sealed class PageReadTests(WebAppFixture fixture)
{
    [Fact]
    public async Task The_page_shows_the_seed_league_and_a_screenshot_is_saved()
    {
        await using var page = await fixture.OpenPageAsync();

        await Expect(page.TableRows).ToHaveCountAsync(4);
        await Expect(page.TableRows.First.Locator("th")).ToHaveTextAsync("Manchester City");
        await Expect(page.TableRows.Nth(3).Locator("th")).ToHaveTextAsync("Tottenham Hotspur");
        await Expect(page.Capital("Manchester City")).ToHaveTextAsync("300");
        await Expect(page.ChartBar("Tottenham Hotspur")).ToContainTextAsync("150");

        // The original's example answers: the best forwards, and Liverpool's best of each position.
        await Expect(page.Page.Locator("#top-players li .name")).ToHaveTextAsync(["Mohamed Salah", "Sergio Aguero", "Sadio Mane"]);
        await Expect(page.Page.Locator("#best-players .card[data-team='Liverpool'] .name"))
            .ToHaveTextAsync(["Andrew Robertson", "Georginio Wijnaldum", "Mohamed Salah"]);
        await Expect(page.SquadRows).ToHaveCountAsync(10);

        var screenshot = await Artifacts.ScreenshotAsync(page.Page, "page-desktop");
        Assert.True(new FileInfo(screenshot).Length > 10_000, $"The screenshot {screenshot} is nearly empty.");
        Assert.Empty(page.ScriptErrors);
    }

    [Fact]
    public async Task Top_players_follow_the_chosen_position_and_count()
    {
        await using var page = await fixture.OpenPageAsync();

        await page.Page.SelectOptionAsync("#top-position", "Defender");
        await Expect(page.Page.Locator("#top-players li .name")).ToHaveTextAsync(["Cesar Azpilicueta", "Marcos Alonso", "Andrew Robertson"]);
        await page.Page.FillAsync("#top-count", "5");
        await page.Page.PressAsync("#top-count", "Tab");
        await Expect(page.Page.Locator("#top-players li")).ToHaveCountAsync(5);
        Assert.Empty(page.ScriptErrors);
    }

    [Fact]
    public async Task Search_narrows_the_squad_list()
    {
        await using var page = await fixture.OpenPageAsync();

        await page.ShowSquadAsync("Manchester City");
        await page.Page.FillAsync("#squad-search", "belgium");
        await Expect(page.SquadRows.Locator("th")).ToHaveTextAsync(["Vincent Kompany", "Kevin De Bruyne"]);

        await page.Page.FillAsync("#squad-search", "nobody at all");
        await Expect(page.SquadRows).ToHaveCountAsync(0);
        await Expect(page.Page.Locator("#squad-empty")).ToBeVisibleAsync();
        Assert.Empty(page.ScriptErrors);
    }

    // Answers can come back out of order: a slow answer for the team picked before must not replace
    // the squad of the team picked after it (nor the transfer form's list of players).
    [Fact]
    public async Task A_slow_answer_for_the_team_picked_before_does_not_replace_the_squad_picked_after()
    {
        await using var page = await fixture.OpenPageAsync();
        await Expect(page.SquadRows).ToHaveCountAsync(10);
        var slowAnswered = new TaskCompletionSource();
        await page.Page.RouteAsync("**/api/teams/Liverpool/players", async route =>
        {
            await Task.Delay(TimeSpan.FromSeconds(2));
            await route.ContinueAsync();
            slowAnswered.TrySetResult();
        });

        await page.Page.SelectOptionAsync("#squad-team", "Liverpool");
        await page.ShowSquadAsync("Chelsea");
        await Expect(page.SquadRow("Eden Hazard")).ToBeVisibleAsync();
        await slowAnswered.Task.WaitAsync(TimeSpan.FromSeconds(30));
        // Time for the page to handle the slow answer, had it been going to show it.
        await page.Page.WaitForTimeoutAsync(500);

        await Expect(page.SquadRow("Eden Hazard")).ToBeVisibleAsync();
        await Expect(page.SquadRow("Mohamed Salah")).ToHaveCountAsync(0);
        Assert.Empty(page.ScriptErrors);
    }

    [Fact]
    public async Task The_page_fits_a_phone_screen()
    {
        await using var page = await fixture.OpenPageAsync(width: 390, height: 844);

        // Wide tables scroll inside their panel; the page itself never scrolls sideways.
        var overflow = await page.Page.EvaluateAsync<int>("document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"The page is {overflow} px wider than a phone screen.");
        await Expect(page.TableRows).ToHaveCountAsync(4);

        // The essential columns stay in view without scrolling the tables: capital, and the Release buttons.
        foreach (var cell in new[] { page.Capital("Tottenham Hotspur"), page.SquadRows.First.GetByRole(AriaRole.Button) })
        {
            var box = await cell.BoundingBoxAsync();
            Assert.NotNull(box);
            Assert.True(box.X + box.Width <= 390, $"A cell ends at {box.X + box.Width} px, beyond the 390 px screen.");
        }

        await Artifacts.ScreenshotAsync(page.Page, "page-phone");
        Assert.Empty(page.ScriptErrors);
    }
}
