using System.Text;
using System.Text.Json;

namespace LeagueApp.Tests;

// Imports that go on in the background: a client that asks for it (or a file that outlasts the
// request) is answered 202 with the address of the import's status, which any instance answers.
[Collection(LeagueAppCollection.Name)]
public sealed class ImportStatusTests(LeagueAppFixture fixture)
{
    private const string Spurs = "Tottenham Hotspur";
    private readonly HttpClient _api = fixture.Writer;

    [Fact]
    public async Task An_import_sent_to_respond_async_is_accepted_then_completes_and_every_read_sees_it()
    {
        var names = Enumerable.Range(0, 40).Select(i => $"Background Import {ImportTests.Letters(i)}").ToList();
        var file = string.Join('\n', names.Select(name => $"{Spurs},{name},England,Midfielder,2,1,0,30,0,1,0,2"));
        try
        {
            var (status, body, response) = await PostAsync(file);

            Assert.True(status == HttpStatusCode.Accepted, $"The import answered {(int)status}: {body}");
            var location = response.Headers.Location?.OriginalString;
            Assert.Equal($"/api/imports/{body.GetProperty("id").GetString()}", location);
            Assert.Equal("running", body.GetProperty("state").GetString());
            Assert.Equal(names.Count, body.GetProperty("rows").GetInt32());

            var final = await FollowAsync(location!);
            Assert.True(final.GetProperty("state").GetString() == "completed", $"The import ended as: {final}");
            Assert.Equal(names.Count, final.GetProperty("rowsDone").GetInt32());
            Assert.Equal(names.Count, final.GetProperty("summary").GetProperty("created").GetInt32());

            // A completed status is answered once every cache has seen the import, as its 200 would be.
            var squad = (await fixture.Frontend.GetJsonAsync("/api/teams/Tottenham%20Hotspur/players")).EnumerateArray()
                .Select(player => player.GetProperty("name").GetString()).ToHashSet();
            Assert.All(names, name => Assert.Contains(name, squad));
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
    public async Task Rows_the_league_refuses_are_answered_at_once_even_to_respond_async()
    {
        var before = await _api.SnapshotAsync();

        var (status, body, response) = await PostAsync($"{Spurs},Nowhere Man,England,Forward,1,0,0,0,0,0,0,1\nAtlantis FC,Lost Player,England,Forward,1,0,0,0,0,0,0,1");

        ApiClient.AssertProblem(HttpStatusCode.BadRequest, status, body, response);
        Assert.Contains(body.GetProperty("rowErrors").EnumerateArray(), error => error.GetProperty("row").GetInt32() == 2);
        Assert.Equal(before, await _api.SnapshotAsync());
    }

    [Fact]
    public async Task The_status_of_an_unknown_import_is_404_and_any_status_needs_the_key()
    {
        var (status, body, response) = await _api.SendJsonAsync(HttpMethod.Get, $"/api/imports/{Guid.NewGuid():N}");
        ApiClient.AssertProblem(HttpStatusCode.NotFound, status, body, response);

        (status, body, response) = await _api.SendJsonAsync(HttpMethod.Get, "/api/imports/..%2F..%2FLeague%2FChelsea");
        ApiClient.AssertProblem(HttpStatusCode.NotFound, status, body, response);

        (status, _, _) = await fixture.Frontend.SendJsonAsync(HttpMethod.Get, $"/api/imports/{Guid.NewGuid():N}");
        Assert.Equal(HttpStatusCode.Unauthorized, status);
    }

    private Task<(HttpStatusCode Status, JsonElement Body, HttpResponseMessage Response)> PostAsync(string csv) =>
        _api.PostCsvAsync("/api/import/players", Encoding.UTF8.GetBytes(csv), prefer: "respond-async");

    // Polls until the import is no longer running; a bound, not a speed target: it says where it stood.
    private async Task<JsonElement> FollowAsync(string location)
    {
        var last = default(JsonElement);
        for (var poll = 0; poll < 240; poll++)
        {
            last = await _api.GetJsonAsync(location);
            if (last.GetProperty("state").GetString() != "running")
            {
                return last;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(250));
        }

        Assert.Fail($"The import was still running after 60 s of polling: {last}");
        return last;
    }
}
