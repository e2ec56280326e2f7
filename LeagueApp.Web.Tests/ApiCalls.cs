using System.Net.Http.Json;
using System.Text.Json;

namespace LeagueApp.Web.Tests;

// The /api calls that prepare data before a browser test and put it back afterwards.
public static class ApiCalls
{
    public static async Task<IReadOnlyDictionary<string, int>> CapitalsAsync(this HttpClient api)
    {
        var teams = await api.GetFromJsonAsync<JsonElement>("/api/teams");
        return teams.EnumerateArray().ToDictionary(t => t.GetProperty("name").GetString()!, t => t.GetProperty("capital").GetInt32());
    }

    public static async Task<IReadOnlyList<string>> SquadAsync(this HttpClient api, string team)
    {
        var players = await api.GetFromJsonAsync<JsonElement>($"/api/teams/{Uri.EscapeDataString(team)}/players");
        return [.. players.EnumerateArray().Select(p => p.GetProperty("name").GetString()!)];
    }

    public static async Task TransferAsync(this HttpClient api, string player, string fromTeam, string toTeam)
    {
        using var response = await api.PostAsJsonAsync("/api/transfers", new { player, fromTeam, toTeam });
        Assert.True(response.IsSuccessStatusCode, $"Transfer of {player} failed: {await response.Content.ReadAsStringAsync()}");
    }

    public static async Task CreatePlayerAsync(this HttpClient api, string name, string team, int price)
    {
        using var response = await api.PostAsJsonAsync($"/api/teams/{Uri.EscapeDataString(team)}/players", PlayerBodies.NewPlayer(name, team, price, appearances: 1));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    /// <summary>Deletes a player if it exists, so that cleanup also works after a test failed half-way.</summary>
    public static async Task DeletePlayerIfPresentAsync(this HttpClient api, string team, string name)
    {
        using var response = await api.DeleteAsync($"/api/teams/{Uri.EscapeDataString(team)}/players/{Uri.EscapeDataString(name)}");
        Assert.True(response.StatusCode is HttpStatusCode.NoContent or HttpStatusCode.NotFound, $"Deleting {name} answered {response.StatusCode}.");
    }
}
