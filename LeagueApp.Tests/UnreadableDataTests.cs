using System.Net.Http.Json;
using Aspire.Hosting;

namespace LeagueApp.Tests;

// A document edited by hand (in the emulator's REST API here, the Cloud console in production) that
// the app cannot map: reading it names it; the rest of its collection stays readable.
[Collection(LeagueAppCollection.Name)]
public sealed class UnreadableDataTests(LeagueAppFixture fixture)
{
    [Fact]
    public async Task A_player_document_with_a_price_in_words_is_named_and_the_squad_stays_readable()
    {
        using var emulator = await fixture.EmulatorRestAsync();
        var squadBefore = (await fixture.Frontend.GetJsonAsync("/api/teams/Chelsea/players")).GetArrayLength();
        using var written = await emulator.PostAsJsonAsync("Teams?documentId=Chelsea_Broken_Record", new
        {
            fields = new Dictionary<string, object>
            {
                ["Name"] = new { stringValue = "Broken Record" },
                ["Team"] = new { stringValue = "Chelsea" },
                ["Position"] = new { stringValue = "Forward" },
                ["Price"] = new { stringValue = "twenty" },
            },
        });
        Assert.True(written.IsSuccessStatusCode, await written.Content.ReadAsStringAsync());
        try
        {
            var (status, problem, _) = await fixture.Frontend.SendJsonAsync(HttpMethod.Get, "/api/teams/Chelsea/players/Broken%20Record");
            Assert.Equal(HttpStatusCode.InternalServerError, status);
            Assert.Equal("Unreadable league data", problem.GetProperty("title").GetString());
            Assert.Contains("Teams/Chelsea_Broken_Record", problem.GetProperty("detail").GetString());

            // A signing through the frontend is answered once the squad is read afresh: with the bad document in it.
            var (signed, _, _) = await fixture.Writer.SendJsonAsync(HttpMethod.Post, "/api/teams/Chelsea/players", PlayerBodies.NewPlayer("Sound Record", "Chelsea"));
            Assert.Equal(HttpStatusCode.Created, signed);
            var squad = await fixture.Frontend.GetJsonAsync("/api/teams/Chelsea/players");
            Assert.Equal(squadBefore + 1, squad.GetArrayLength());
            Assert.Contains("Sound Record", squad.GetRawText());
            Assert.Equal(4, (await fixture.Frontend.GetJsonAsync("/api/teams")).GetArrayLength());
        }
        finally
        {
            await fixture.Writer.SendJsonAsync(HttpMethod.Delete, "/api/teams/Chelsea/players/Sound%20Record");
            using var deleted = await emulator.DeleteAsync("Teams/Chelsea_Broken_Record");
            Assert.True(deleted.IsSuccessStatusCode, await deleted.Content.ReadAsStringAsync());
        }
    }
}
