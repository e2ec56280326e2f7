using static Microsoft.Playwright.Assertions;

namespace LeagueApp.Web.Tests;

// Changes made in the page's forms, with the key typed once per tab. Every test puts the data back.
[Collection(WebAppCollection.Name)]
public sealed class PageWriteTests(WebAppFixture fixture)
{
    [Fact]
    public async Task A_transfer_in_the_form_shows_in_the_table_the_chart_and_both_squads()
    {
        await using var page = await fixture.OpenPageAsync();
        try
        {
            await page.TransferAsync("Danny Rose", from: "Tottenham Hotspur", to: "Chelsea");
            await page.EnterKeyAsync(WebAppFixture.ApiKey);

            await Expect(page.Notice).ToHaveTextAsync("Danny Rose moved from Tottenham Hotspur to Chelsea for 22.");
            // Exactly the price changes hands: 200 - 22 and 150 + 22.
            await Expect(page.Capital("Chelsea")).ToHaveTextAsync("178");
            await Expect(page.Capital("Tottenham Hotspur")).ToHaveTextAsync("172");
            await Expect(page.ChartBar("Chelsea")).ToContainTextAsync("178");

            // The page shows the buyer's squad after a transfer; the seller's no longer has the player.
            await Expect(page.Page.Locator("#squad-team")).ToHaveValueAsync("Chelsea");
            await Expect(page.SquadRow("Danny Rose")).ToBeVisibleAsync();
            await Expect(page.SquadRows).ToHaveCountAsync(11);
            await page.ShowSquadAsync("Tottenham Hotspur");
            await Expect(page.SquadRows).ToHaveCountAsync(9);
            await Expect(page.SquadRow("Danny Rose")).ToHaveCountAsync(0);
            Assert.Empty(page.ScriptErrors);
        }
        finally
        {
            await fixture.Writer.TransferAsync("Danny Rose", "Chelsea", "Tottenham Hotspur");
        }

        var capitals = await fixture.Writer.CapitalsAsync();
        Assert.Equal(200, capitals["Chelsea"]);
        Assert.Equal(150, capitals["Tottenham Hotspur"]);
    }

    [Fact]
    public async Task An_unaffordable_transfer_shows_the_api_error_and_changes_nothing()
    {
        // No seed player is too dear for any club, so make one first.
        await fixture.Writer.CreatePlayerAsync("Costly Galactico", "Manchester City", price: 5000);
        try
        {
            await using var page = await fixture.OpenPageAsync();

            await page.TransferAsync("Costly Galactico", from: "Manchester City", to: "Tottenham Hotspur");
            await page.EnterKeyAsync(WebAppFixture.ApiKey);

            await Expect(page.TransferError).ToBeVisibleAsync();
            await Expect(page.TransferError).ToHaveTextAsync(
                "Transfer refused: Tottenham Hotspur cannot afford Costly Galactico: price 5000, capital 150.");
            await Expect(page.Capital("Tottenham Hotspur")).ToHaveTextAsync("150");
            await Expect(page.Capital("Manchester City")).ToHaveTextAsync("300");
            Assert.Contains("Costly Galactico", await fixture.Writer.SquadAsync("Manchester City"));
            Assert.Empty(page.ScriptErrors);
        }
        finally
        {
            await fixture.Writer.DeletePlayerIfPresentAsync("Manchester City", "Costly Galactico");
        }
    }

    [Fact]
    public async Task A_player_signed_in_the_form_can_be_released_with_the_key_asked_once()
    {
        await using var page = await fixture.OpenPageAsync();
        page.Page.Dialog += (_, dialog) => dialog.AcceptAsync();
        try
        {
            await page.FillNewPlayerAsync("Mason Mount", "Chelsea", "England", "Midfielder", price: 25);
            await page.SubmitNewPlayerAsync();
            await page.EnterKeyAsync(WebAppFixture.ApiKey);

            await Expect(page.Notice).ToHaveTextAsync("Mason Mount signed for Chelsea.");
            await Expect(page.Page.Locator("#squad-team")).ToHaveValueAsync("Chelsea");
            await Expect(page.SquadRow("Mason Mount")).ToContainTextAsync("Midfielder");

            // The key stays in this tab's session storage only, so releasing needs no second prompt.
            await page.SquadRow("Mason Mount").GetByRole(AriaRole.Button).ClickAsync();
            await Expect(page.Notice).ToHaveTextAsync("Mason Mount left Chelsea.");
            await Expect(page.SquadRow("Mason Mount")).ToHaveCountAsync(0);
            await Expect(page.KeyDialog).Not.ToBeVisibleAsync();
            Assert.Equal(WebAppFixture.ApiKey, await page.Page.EvaluateAsync<string>("sessionStorage.getItem('leagueapp.apiKey')"));
            Assert.Equal(0, await page.Page.EvaluateAsync<int>("localStorage.length"));
            Assert.DoesNotContain("Mason Mount", await fixture.Writer.SquadAsync("Chelsea"));
            Assert.Empty(page.ScriptErrors);
        }
        finally
        {
            await fixture.Writer.DeletePlayerIfPresentAsync("Chelsea", "Mason Mount");
        }
    }

    [Fact]
    public async Task Validation_problems_name_the_fields_and_a_wrong_key_is_asked_for_again()
    {
        await using var page = await fixture.OpenPageAsync();

        await page.FillNewPlayerAsync("Not_Allowed", "Chelsea", "England", "Forward", price: 10);
        await page.SubmitNewPlayerAsync();
        await page.EnterKeyAsync("not-the-key");
        await Expect(page.CreateError).ToHaveTextAsync("API key required: The API key is not valid.");

        // The wrong key was forgotten: the next try asks again.
        await page.SubmitNewPlayerAsync();
        await page.EnterKeyAsync(WebAppFixture.ApiKey);
        await Expect(page.CreateError).ToContainTextAsync("The request is not valid");
        await Expect(page.CreateError).ToContainTextAsync("name: Player name contains");
        await Expect(page.Page.Locator("#create-form input[name=name]")).ToHaveAttributeAsync("aria-invalid", "true");
        Assert.DoesNotContain("Not_Allowed", await fixture.Writer.SquadAsync("Chelsea"));
        Assert.Empty(page.ScriptErrors);
    }
}
