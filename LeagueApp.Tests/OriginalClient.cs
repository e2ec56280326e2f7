using System.Text;
using System.Text.Json;

namespace LeagueApp.Tests;

// Speaks to the frontend as the 2019 clients did: GET with a JSON body, JSON answers read as documents
// so that the tests check the wire shape, not our own types.
public static class OriginalClient
{
    public static async Task<(HttpStatusCode Status, JsonElement Body)> CallAsync(
        this HttpClient client, HttpMethod method, string path, string? json = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        using var document = JsonDocument.Parse(text.Length == 0 ? "null" : text);
        return (response.StatusCode, document.RootElement.Clone());
    }

    public static Task<(HttpStatusCode Status, JsonElement Body)> CallAsync(this HttpClient client, string path, string? json = null) =>
        client.CallAsync(HttpMethod.Get, path, json);

    public static string[] Names(this JsonElement players) =>
        [.. players.EnumerateArray().Select(p => p.GetProperty("name").GetString()!)];

    public static async Task<Dictionary<string, int>> CapitalsAsync(this HttpClient client)
    {
        var (status, body) = await client.CallAsync("/table", """{"league":"League"}""");
        Assert.Equal(HttpStatusCode.OK, status);
        return body.GetProperty("teams").EnumerateArray()
            .ToDictionary(t => t.GetProperty("teamName").GetString()!, t => t.GetProperty("teamCapital").GetInt32());
    }

    public static string NewPlayerJson(
        string name, string team, string position = "Forward", int goals = 0, int price = 10, int passes = 0, int tackles = 0) => $$$"""
        {"NewPlayer":{"Name":"{{{name}}}","Team":"{{{team}}}","Nationality":"England","Position":"{{{position}}}",
        "Appearences":10,"Goals":{{{goals}}},"Assists":0,"Passes":{{{passes}}},"Interceptions":0,"Tackles":{{{tackles}}},"Fouls":1,"Price":{{{price}}}}}
        """;
}
