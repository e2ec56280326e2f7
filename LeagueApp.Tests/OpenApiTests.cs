using System.Text.Json;
using System.Text.RegularExpressions;

namespace LeagueApp.Tests;

[Collection(LeagueAppCollection.Name)]
public sealed class OpenApiTests(LeagueAppFixture fixture)
{
    public static TheoryData<string, string> Operations => new()
    {
        { "get", "/api/teams" },
        { "get", "/api/teams/{team}/players" },
        { "post", "/api/teams/{team}/players" },
        { "get", "/api/teams/{team}/players/{name}" },
        { "delete", "/api/teams/{team}/players/{name}" },
        { "get", "/api/teams/{team}/best" },
        { "get", "/api/positions/{position}/top" },
        { "post", "/api/transfers" },
        { "post", "/api/import/players" },
        { "post", "/api/import/league" },
        { "get", "/api/imports/{id}" },
        { "get", "/api/events" },
    };

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task Document_describes_every_api_operation(string method, string path)
    {
        var document = await fixture.Frontend.GetJsonAsync("/openapi/v1.json");

        var operation = document.GetProperty("paths").GetProperty(path).GetProperty(method);
        var responses = operation.GetProperty("responses");
        Assert.Contains(responses.EnumerateObject(), r => r.Name.StartsWith('2'));
        // Every operation documents its failures too: at least the 503 of an unreachable backend.
        Assert.Contains(responses.EnumerateObject(), r => r.Name[0] is '4' or '5');
        if (path.Contains('{', StringComparison.Ordinal) || method != "get")
        {
            Assert.Contains(responses.EnumerateObject(), r => r.Name.StartsWith('4'));
        }
        // Writes need the key, and so does an import's status: it tells what a write did.
        Assert.Equal(method != "get" || path.StartsWith("/api/imports/", StringComparison.Ordinal), operation.TryGetProperty("security", out _));
    }

    [Fact]
    public async Task Document_lists_only_the_api()
    {
        var document = await fixture.Frontend.GetJsonAsync("/openapi/v1.json");

        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.All(paths, p => Assert.StartsWith("/api/", p));
        Assert.Equal(Operations.Count, document.GetProperty("paths").EnumerateObject().Sum(p => p.Value.EnumerateObject().Count()));
        Assert.Equal(JsonValueKind.Object, document.GetProperty("components").GetProperty("securitySchemes").GetProperty("ApiKey").ValueKind);
    }

    [Fact]
    public async Task Every_api_request_of_the_http_file_is_a_documented_operation()
    {
        var document = await fixture.Frontend.GetJsonAsync("/openapi/v1.json");
        var operations = document.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Select(method => (
                Method: method.Name.ToUpperInvariant(),
                Pattern: new Regex("^" + Regex.Replace(path.Name, "{[^}]+}", "[^/]+") + "$"))))
            .ToList();

        var requests = File.ReadLines(Path.Combine(Repository.Root, "LeagueApp.Frontend", "LeagueApp.Frontend.http"))
            .Select(line => Regex.Match(line, @"^(GET|POST|PUT|DELETE) {{frontend}}(/api/[^?\s]*)"))
            .Where(match => match.Success)
            .Select(match => (Method: match.Groups[1].Value, Path: match.Groups[2].Value))
            .ToList();

        Assert.NotEmpty(requests);
        Assert.All(requests, request => Assert.Contains(operations, o => o.Method == request.Method && o.Pattern.IsMatch(request.Path)));
    }
}
