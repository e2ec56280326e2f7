using static Microsoft.Playwright.Assertions;

namespace LeagueApp.Web.Tests;

// The web page as the tests see it: the parts a person looks at and the forms they fill in.
// Each page has a browser context of its own, closed with it.
public sealed class LeaguePage : IAsyncDisposable
{
    private readonly IPage page;
    private readonly List<string> _scriptErrors = [];

    public LeaguePage(IPage page)
    {
        this.page = page;
        // Uncaught exceptions and rejections in the page's scripts: a broken handler fails quietly otherwise.
        page.PageError += (_, error) => _scriptErrors.Add(error);
    }

    public IPage Page => page;

    public ValueTask DisposeAsync() => new(page.Context.CloseAsync());

    public IReadOnlyList<string> ScriptErrors => _scriptErrors;

    public ILocator TableRows => page.Locator("#league-table tbody tr");

    public ILocator SquadRows => page.Locator("#squad-table tbody tr");

    public ILocator Notice => page.Locator("#notice");

    public ILocator TransferError => page.Locator("#transfer-form .form-error");

    public ILocator CreateError => page.Locator("#create-form .form-error");

    public ILocator KeyDialog => page.Locator("#key-dialog");

    public ILocator Capital(string team) => page.Locator($"#league-table tbody tr[data-team='{team}'] .capital");

    public ILocator ChartBar(string team) => page.Locator($"#capital-chart g.bar[data-label='{team}']");

    public ILocator SquadRow(string player) => page.Locator($"#squad-table tbody tr[data-player='{player}']");

    public async Task ShowSquadAsync(string team)
    {
        await page.SelectOptionAsync("#squad-team", team);
        await Expect(page.Locator("#squad-team")).ToHaveValueAsync(team);
    }

    /// <summary>Fills the transfer form and sends it; the player list follows the selling team.</summary>
    public async Task TransferAsync(string player, string from, string to)
    {
        var form = page.Locator("#transfer-form");
        await form.Locator("select[name=fromTeam]").SelectOptionAsync(from);
        // The player list is loaded for the chosen team; wait until it offers the player.
        await Expect(form.Locator($"select[name=player] option[value='{player}']")).ToHaveCountAsync(1);
        await form.Locator("select[name=player]").SelectOptionAsync(player);
        await form.Locator("select[name=toTeam]").SelectOptionAsync(to);
        await form.Locator("button[type=submit]").ClickAsync();
    }

    /// <summary>Answers the API key dialog, which the page shows before its first change in a tab.</summary>
    public async Task EnterKeyAsync(string key)
    {
        await Expect(KeyDialog).ToBeVisibleAsync();
        await page.FillAsync("#key-input", key);
        await KeyDialog.GetByRole(AriaRole.Button, new() { Name = "Use this key" }).ClickAsync();
        await Expect(KeyDialog).Not.ToBeVisibleAsync();
    }

    public async Task FillNewPlayerAsync(string name, string team, string nationality, string position, int price)
    {
        var form = page.Locator("#create-form");
        await form.Locator("input[name=name]").FillAsync(name);
        await form.Locator("select[name=team]").SelectOptionAsync(team);
        await form.Locator("input[name=nationality]").FillAsync(nationality);
        await form.Locator("select[name=position]").SelectOptionAsync(position);
        await form.Locator("input[name=appearances]").FillAsync("3");
        await form.Locator("input[name=passes]").FillAsync("120");
        await form.Locator("input[name=price]").FillAsync(price.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    public Task SubmitNewPlayerAsync() => page.Locator("#create-form button[type=submit]").ClickAsync();
}
