using System.Globalization;
using System.Text;
using System.Text.Json;

namespace LeagueApp.Tests;

// CSV imports in the original formats: all rows checked first, nothing written on any error,
// and a second import of the same file changes nothing.
[Collection(LeagueAppCollection.Name)]
public sealed class ImportTests(LeagueAppFixture fixture)
{
    private const string Spurs = "Tottenham Hotspur";
    private readonly HttpClient _api = fixture.Writer;

    [Fact]
    public async Task Players_file_creates_then_changes_nothing_then_updates_one()
    {
        var rows = new[]
        {
            $"{Spurs},Import Tester One,England,Defender,3,0,0,50,1,1,2,4",
            $"{Spurs},Import Tester Two,Wales,Midfielder,2,0,0,40,0,1,0,3",
        };
        try
        {
            var first = await ImportAsync("players", string.Join('\n', rows));
            AssertSummary(first, rows: 2, created: 2, updated: 0, unchanged: 0);
            var tester = await _api.GetJsonAsync("/api/teams/Tottenham%20Hotspur/players/Import%20Tester%20Two");
            Assert.Equal("Midfielder", tester.GetProperty("position").GetString());
            Assert.Equal(40, tester.GetProperty("passes").GetInt32());

            var snapshot = await _api.SnapshotAsync();
            var second = await ImportAsync("players", string.Join('\n', rows));
            AssertSummary(second, rows: 2, created: 0, updated: 0, unchanged: 2);
            Assert.Equal(snapshot, await _api.SnapshotAsync());

            var third = await ImportAsync("players", $"{rows[0]}\r\n{rows[1].Replace(",0,3", ",9,3", StringComparison.Ordinal)}\r\n");
            AssertSummary(third, rows: 2, created: 0, updated: 1, unchanged: 1);
            Assert.Equal(9, (await _api.GetJsonAsync("/api/teams/Tottenham%20Hotspur/players/Import%20Tester%20Two")).GetProperty("fouls").GetInt32());
        }
        finally
        {
            await _api.SendJsonAsync(HttpMethod.Delete, "/api/teams/Tottenham%20Hotspur/players/Import%20Tester%20One");
            await _api.SendJsonAsync(HttpMethod.Delete, "/api/teams/Tottenham%20Hotspur/players/Import%20Tester%20Two");
        }
    }

    // Imports of the same new players at once: each either lands or is told that another got there
    // first (409, send again), never a 500; sending it again afterwards finds everything in place.
    [Fact]
    public async Task Concurrent_imports_of_the_same_file_land_or_say_to_send_it_again()
    {
        var names = Enumerable.Range(0, 40).Select(i => $"Racing Importer {(char)('A' + (i / 26))}{(char)('a' + (i % 26))}").ToList();
        var rows = names.Select(name => $"{Spurs},{name},England,Forward,1,0,0,0,0,0,0,1").ToList();
        var file = string.Join('\n', rows);
        try
        {
            var answers = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => _api.PostCsvAsync("/api/import/players", Encoding.UTF8.GetBytes(file))));
            Assert.All(answers, answer => Assert.True(
                answer.Status is HttpStatusCode.OK or HttpStatusCode.Conflict,
                $"A concurrent import answered {(int)answer.Status}: {answer.Body}"));
            Assert.All(answers.Where(answer => answer.Status == HttpStatusCode.Conflict), answer =>
                Assert.Contains("Send the file again", answer.Body.GetProperty("detail").GetString(), StringComparison.Ordinal));

            AssertSummary(await ImportAsync("players", file), rows: 40, created: 0, updated: 0, unchanged: 40);
        }
        finally
        {
            foreach (var name in names)
            {
                await _api.SendJsonAsync(HttpMethod.Delete, $"/api/teams/Tottenham%20Hotspur/players/{Uri.EscapeDataString(name)}");
            }
        }
    }

    [Fact]
    public async Task League_file_without_capital_updates_standings_and_keeps_capital()
    {
        var teams = (await _api.GetJsonAsync("/api/teams")).EnumerateArray().ToList();
        var original = LeagueFile(teams, spursExtraWin: false);
        var capitals = teams.ToDictionary(t => t.GetProperty("name").GetString()!, t => t.GetProperty("capital").GetInt32());
        try
        {
            AssertSummary(await ImportAsync("league", original), rows: 4, created: 0, updated: 0, unchanged: 4);

            // One more win for Spurs (and one loss fewer), as a corrected results file would say.
            AssertSummary(await ImportAsync("league", LeagueFile(teams, spursExtraWin: true)), rows: 4, created: 0, updated: 1, unchanged: 3);
            var after = (await _api.GetJsonAsync("/api/teams")).EnumerateArray().ToList();
            var spurs = after.Single(t => t.GetProperty("name").GetString() == Spurs);
            Assert.Equal(teams.Single(t => t.GetProperty("name").GetString() == Spurs).GetProperty("points").GetInt32() + 3, spurs.GetProperty("points").GetInt32());
            Assert.Equal(capitals, after.ToDictionary(t => t.GetProperty("name").GetString()!, t => t.GetProperty("capital").GetInt32()));
        }
        finally
        {
            await ImportAsync("league", original);
        }

        Assert.Equal(
            teams.Select(t => t.GetRawText()),
            (await _api.GetJsonAsync("/api/teams")).EnumerateArray().Select(t => t.GetRawText()));
    }

    public static TheoryData<string, string, int, string> BadFiles => new()
    {
        // file, content, the line and column that must be named
        { "players", $"{Spurs},Bad Count,England,Defender,3,0,0,50,1,1,2", 1, "*" },
        { "players", $"{Spurs},Ok Row,England,Defender,3,0,0,50,1,1,2,4\n{Spurs},Not Number,England,Defender,three,0,0,50,1,1,2,4", 2, "Appearances" },
        { "players", $"{Spurs},Keeper Man,England,Goalkeeper,3,0,0,50,1,1,2,4", 1, "Position" },
        { "players", $"{Spurs},Minus Goals,England,Forward,3,-2,0,50,1,1,2,4", 1, "Goals" },
        { "players", $"{Spurs},Huge Price,England,Forward,3,2,0,50,1,1,2,99999999", 1, "Price" },
        { "players", $"Arsenal,Unknown Club,England,Forward,3,2,0,50,1,1,2,4", 1, "Team" },
        { "players", $"{Spurs},Twice,England,Forward,3,2,0,50,1,1,2,4\n{Spurs},Twice,England,Forward,3,2,0,50,1,1,2,4", 2, "Player" },
        { "players", $"{Spurs},Bad_Name,England,Forward,3,2,0,50,1,1,2,4", 1, "Player" },
        { "league", "Club;Played;Won;Drawn;Lost;GF;GA;GD;Points\nChelsea;38;21;9;8;63;39;25;72", 2, "GD" },
        { "league", "Club;Played;Won;Drawn;Lost;GF;GA;GD;Points\nChelsea;38;21;9;7;63;39;24;72", 2, "Played" },
        { "league", "Club;Played;Won;Drawn;Lost;GF;GA;GD;Points\nChelsea;38;21;9;8;63;39;24;70", 2, "Points" },
        { "league", "Team;P;W;D;L;F;A;D;Pts\nChelsea;38;21;9;8;63;39;24;72", 1, "*" },
        { "league", "Club;Played;Won;Drawn;Lost;GF;GA;GD;Points;Capital\nChelsea;38;21;9;8;63;39;24;72;-5", 2, "Capital" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task Bad_file_names_the_row_and_column_and_writes_nothing(string file, string csv, int line, string column)
    {
        var before = await _api.SnapshotAsync();

        var (status, body, response) = await _api.PostCsvAsync($"/api/import/{file}", Encoding.UTF8.GetBytes(csv));

        ApiClient.AssertProblem(HttpStatusCode.BadRequest, status, body, response);
        var errors = body.GetProperty("rowErrors").EnumerateArray().ToList();
        Assert.Contains(errors, e => e.GetProperty("row").GetInt32() == line && e.GetProperty("column").GetString() == column);
        Assert.All(errors, e => Assert.False(string.IsNullOrWhiteSpace(e.GetProperty("message").GetString())));
        Assert.Equal(before, await _api.SnapshotAsync());
    }

    [Fact]
    public async Task The_sample_files_of_the_readme_import_as_it_says()
    {
        // Transfers move capital only, which the sample league file leaves out: its rows match the seed.
        var league = await ImportAsync("league", await File.ReadAllTextAsync(Path.Combine(Repository.Root, "samples", "league.csv")));
        AssertSummary(league, rows: 4, created: 0, updated: 0, unchanged: 4);
        try
        {
            var players = await ImportAsync("players", await File.ReadAllTextAsync(Path.Combine(Repository.Root, "samples", "players.csv")));
            AssertSummary(players, rows: 2, created: 2, updated: 0, unchanged: 0);
            Assert.Equal("Forward", (await _api.GetJsonAsync("/api/teams/Chelsea/players/Callum%20Hudson-Odoi")).GetProperty("position").GetString());
        }
        finally
        {
            await _api.SendJsonAsync(HttpMethod.Delete, "/api/teams/Chelsea/players/Reece%20James");
            await _api.SendJsonAsync(HttpMethod.Delete, "/api/teams/Chelsea/players/Callum%20Hudson-Odoi");
        }
    }

    [Fact]
    public async Task A_file_of_many_batches_creates_then_updates_exactly_the_changed_rows()
    {
        // 1,100 rows: several reads of 300 and three commits of at most 500, the last one partly filled.
        const int Count = 1100;
        string Name(int i) => $"Bulk Import {Letters(i)}";
        string Row(int i, int fouls) => $"{Spurs},{Name(i)},England,Defender,1,0,0,10,0,0,{fouls},1";
        try
        {
            var first = await ImportAsync("players", string.Join('\n', Enumerable.Range(0, Count).Select(i => Row(i, 0))));
            AssertSummary(first, rows: Count, created: Count, updated: 0, unchanged: 0);

            // Every third row changes: 367 updates spread over all the batches.
            var second = await ImportAsync("players", string.Join('\n', Enumerable.Range(0, Count).Select(i => Row(i, i % 3 == 0 ? 5 : 0))));
            AssertSummary(second, rows: Count, created: 0, updated: 367, unchanged: Count - 367);

            var squad = (await _api.GetJsonAsync("/api/teams/Tottenham%20Hotspur/players")).EnumerateArray()
                .Where(p => p.GetProperty("name").GetString()!.StartsWith("Bulk Import ", StringComparison.Ordinal))
                .ToDictionary(p => p.GetProperty("name").GetString()!, p => p.GetProperty("fouls").GetInt32());
            Assert.Equal(Count, squad.Count);
            Assert.All(Enumerable.Range(0, Count), i => Assert.Equal(i % 3 == 0 ? 5 : 0, squad[Name(i)]));
        }
        finally
        {
            await Parallel.ForEachAsync(Enumerable.Range(0, Count), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, _) =>
                await _api.SendJsonAsync(HttpMethod.Delete, $"/api/teams/Tottenham%20Hotspur/players/{Uri.EscapeDataString(Name(i))}"));
        }
    }

    // Player names take letters only.
    internal static string Letters(int n) => n < 26 ? ((char)('a' + n)).ToString() : Letters((n / 26) - 1) + (char)('a' + (n % 26));

    [Fact]
    public async Task A_file_that_is_not_utf8_is_refused()
    {
        var before = await _api.SnapshotAsync();
        var latin1 = Encoding.Latin1.GetBytes($"{Spurs},Sébastien Ümlaut,France,Forward,3,2,0,50,1,1,2,4");

        var (status, body, response) = await _api.PostCsvAsync("/api/import/players", latin1);

        ApiClient.AssertProblem(HttpStatusCode.BadRequest, status, body, response);
        Assert.Contains("UTF-8", body.GetProperty("detail").GetString());
        Assert.Equal(before, await _api.SnapshotAsync());
    }

    [Fact]
    public async Task A_file_that_is_not_csv_is_refused()
    {
        var (status, body, response) = await _api.PostCsvAsync("/api/import/players", "{}"u8.ToArray(), "application/json");

        ApiClient.AssertProblem(HttpStatusCode.UnsupportedMediaType, status, body, response);
    }

    private async Task<JsonElement> ImportAsync(string file, string csv)
    {
        var (status, body, _) = await _api.PostCsvAsync($"/api/import/{file}", Encoding.UTF8.GetBytes(csv));
        Assert.True(status == HttpStatusCode.OK, $"Import answered {status}: {body}");
        return body;
    }

    private static void AssertSummary(JsonElement summary, int rows, int created, int updated, int unchanged)
    {
        Assert.Equal(rows, summary.GetProperty("rows").GetInt32());
        Assert.Equal(created, summary.GetProperty("created").GetInt32());
        Assert.Equal(updated, summary.GetProperty("updated").GetInt32());
        Assert.Equal(unchanged, summary.GetProperty("unchanged").GetInt32());
    }

    private static string LeagueFile(IEnumerable<JsonElement> teams, bool spursExtraWin)
    {
        var file = new StringBuilder("Club;Played;Won;Drawn;Lost;GF;GA;GD;Points\n");
        foreach (var team in teams)
        {
            int Get(string name) => team.GetProperty(name).GetInt32();
            var name = team.GetProperty("name").GetString()!;
            var extra = spursExtraWin && name == Spurs ? 1 : 0;
            file.AppendLine(CultureInfo.InvariantCulture,
                $"{name};{Get("played")};{Get("won") + extra};{Get("drawn")};{Get("lost") - extra};{Get("goalsFor")};{Get("goalsAgainst")};{Get("goalDifference")};{Get("points") + (3 * extra)}");
        }

        return file.ToString();
    }
}
