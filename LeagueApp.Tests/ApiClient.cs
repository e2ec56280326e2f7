using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace LeagueApp.Tests;

// Helpers for the /api routes: answers are read as JSON documents so the tests check the wire.
public static class ApiClient
{
    public static async Task<(HttpStatusCode Status, JsonElement Body, HttpResponseMessage Response)> SendJsonAsync(
        this HttpClient client, HttpMethod method, string path, object? body = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is string raw)
        {
            request.Content = new StringContent(raw, Encoding.UTF8, "application/json");
        }
        else if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        return await client.ReadAsync(request);
    }

    public static async Task<(HttpStatusCode Status, JsonElement Body, HttpResponseMessage Response)> PostCsvAsync(
        this HttpClient client, string path, byte[] csv, string contentType = "text/csv", string? prefer = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new ByteArrayContent(csv) };
        request.Content.Headers.ContentType = new(contentType);
        if (prefer is not null)
        {
            request.Headers.Add("Prefer", prefer);
        }

        return await client.ReadAsync(request);
    }

    public static async Task<JsonElement> GetJsonAsync(this HttpClient client, string path)
    {
        var (status, body, _) = await client.SendJsonAsync(HttpMethod.Get, path);
        Assert.Equal(HttpStatusCode.OK, status);
        return body;
    }

    /// <summary>Each team's capital, from the league table.</summary>
    public static async Task<Dictionary<string, int>> TeamCapitalsAsync(this HttpClient client) =>
        (await client.GetJsonAsync("/api/teams")).EnumerateArray()
            .ToDictionary(t => t.GetProperty("name").GetString()!, t => t.GetProperty("capital").GetInt32());

    /// <summary>Every team and player as raw JSON, to prove that a refused request changed nothing.</summary>
    public static async Task<string> SnapshotAsync(this HttpClient client)
    {
        var teams = await client.GetJsonAsync("/api/teams");
        var snapshot = new StringBuilder(teams.GetRawText());
        foreach (var team in teams.EnumerateArray().Select(t => t.GetProperty("name").GetString()!))
        {
            snapshot.Append((await client.GetJsonAsync($"/api/teams/{Uri.EscapeDataString(team)}/players")).GetRawText());
        }

        return snapshot.ToString();
    }

    public static void AssertProblem(HttpStatusCode expected, HttpStatusCode status, JsonElement body, HttpResponseMessage response)
    {
        Assert.Equal(expected, status);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal((int)expected, body.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(body.GetProperty("title").GetString()));
    }

    private static async Task<(HttpStatusCode, JsonElement, HttpResponseMessage)> ReadAsync(this HttpClient client, HttpRequestMessage request)
    {
        var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        using var document = JsonDocument.Parse(text.Length == 0 ? "null" : text);
        return (response.StatusCode, document.RootElement.Clone(), response);
    }
}
