using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;

namespace LeagueApp.Web.Tests;

// The AppHost's dashboard commands, run as the dashboard runs them, against the live app.
[Collection(WebAppCollection.Name)]
public sealed class DashboardCommandTests(WebAppFixture fixture)
{
    private static readonly Dictionary<string, int> SeedCapitals = new()
    {
        ["Manchester City"] = 300,
        ["Liverpool"] = 250,
        ["Chelsea"] = 200,
        ["Tottenham Hotspur"] = 150,
    };

    [Fact]
    public async Task Reset_to_seed_undoes_transfers_signings_and_releases()
    {
        var chelsea = await fixture.Writer.SquadAsync("Chelsea");
        await fixture.Writer.TransferAsync("Harry Kane", "Tottenham Hotspur", "Liverpool");
        await fixture.Writer.CreatePlayerAsync("Reset Trialist", "Chelsea", price: 1);
        await fixture.Writer.DeletePlayerIfPresentAsync("Chelsea", "Willian");

        var result = await fixture.App.ResourceCommands.ExecuteCommandAsync("firestore", "reset-to-seed");

        Assert.True(result.Success, result.Message);
        Assert.Contains("seeded 44 documents", result.Message, StringComparison.Ordinal);
        Assert.Equal(SeedCapitals, await fixture.Writer.CapitalsAsync());
        Assert.Equal(chelsea.Order(), (await fixture.Writer.SquadAsync("Chelsea")).Order());
        Assert.Contains("Harry Kane", await fixture.Writer.SquadAsync("Tottenham Hotspur"));
        Assert.DoesNotContain("Harry Kane", await fixture.Writer.SquadAsync("Liverpool"));
    }

    [Fact]
    public async Task Import_csv_imports_a_players_file_from_this_machine()
    {
        var file = await WriteCsvAsync("import-ok.csv", "Chelsea,Imported Winger,Brazil,Forward,12,3,4,300,5,6,7,18\n");
        try
        {
            var result = await ImportAsync("players", file);

            Assert.True(result.Success, result.Message);
            Assert.Equal("Imported import-ok.csv: 1 rows, 1 created, 0 updated, 0 unchanged.", result.Message);
            Assert.Contains("Imported Winger", await fixture.Writer.SquadAsync("Chelsea"));
        }
        finally
        {
            await fixture.Writer.DeletePlayerIfPresentAsync("Chelsea", "Imported Winger");
        }
    }

    [Fact]
    public async Task Import_csv_reports_each_bad_row_and_writes_nothing()
    {
        var file = await WriteCsvAsync("import-bad.csv", "Chelsea,Good Row,England,Forward,1,0,0,0,0,0,0,5\nChelsea,Bad Row,England,Goalkeeper,1,0,0,0,0,0,0,5\n");

        var result = await ImportAsync("players", file);

        Assert.False(result.Success);
        Assert.Contains("import-bad.csv was not imported. HTTP 400", result.Message, StringComparison.Ordinal);
        Assert.Contains("nothing was imported", result.Message, StringComparison.Ordinal);
        Assert.Contains("row 2, Position:", result.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Good Row", await fixture.Writer.SquadAsync("Chelsea"));
    }

    [Fact]
    public async Task The_frontend_links_its_web_page_and_api_reference()
    {
        var frontend = await fixture.App.ResourceNotifications.WaitForResourceAsync(
            "frontend", e => e.Snapshot.Urls.Any(u => u.DisplayProperties.DisplayName == "API reference"));
        var urls = frontend.Snapshot.Urls.Where(u => !u.IsInternal).ToDictionary(u => u.DisplayProperties.DisplayName, u => u.Url);

        Assert.EndsWith("/scalar/v1", urls["API reference"], StringComparison.Ordinal);
        Assert.True(urls.ContainsKey("Web page"), $"The frontend's links are: {string.Join(", ", urls.Keys)}");
        using var browserless = new HttpClient();
        using var reference = await browserless.GetAsync(new Uri(urls["API reference"]));
        Assert.Equal(HttpStatusCode.OK, reference.StatusCode);
        Assert.Equal("text/html", reference.Content.Headers.ContentType?.MediaType);
    }

    private Task<ExecuteCommandResult> ImportAsync(string kind, string path) =>
        fixture.App.ResourceCommands.ExecuteCommandAsync("playerops", "import-csv", new InteractionInputCollection(
        [
            new InteractionInput { Name = "kind", InputType = InputType.Choice, Value = kind },
            new InteractionInput { Name = "path", InputType = InputType.Text, Value = path },
        ]));

    private static async Task<string> WriteCsvAsync(string name, string content)
    {
        var directory = Path.Combine(Path.GetDirectoryName(Artifacts.Directory)!, "imports");
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, name);
        await File.WriteAllTextAsync(path, content);
        return path;
    }
}
