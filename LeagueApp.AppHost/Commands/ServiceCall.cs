using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;

namespace LeagueApp.AppHost.Commands;

// One HTTP call from a dashboard command to a running resource, with the write key when the call
// changes data. Failures come back as words for the dashboard rather than as exceptions.
internal static class ServiceCall
{
    // The header the services read the key from (ApiKeyOptions.HeaderName in LeagueApp.AspNetCore).
    private const string ApiKeyHeader = "X-Api-Key";

    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    public static async Task<ServiceAnswer> SendAsync(
        ExecuteCommandContext context, HttpMethod method, Uri url, ParameterResource? apiKey = null, HttpContent? content = null)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(context.CancellationToken);
        timeout.CancelAfter(Timeout);
        using var request = new HttpRequestMessage(method, url) { Content = content };
        if (apiKey is not null)
        {
            request.Headers.Add(ApiKeyHeader, await apiKey.GetValueAsync(timeout.Token));
        }

        try
        {
            var client = context.Services.GetRequiredService<IHttpClientFactory>().CreateClient();
            using var response = await client.SendAsync(request, timeout.Token);
            var body = await response.Content.ReadAsStringAsync(timeout.Token);
            return new(response.IsSuccessStatusCode, response.IsSuccessStatusCode ? body : DescribeProblem((int)response.StatusCode, body));
        }
        catch (Exception e) when (e is HttpRequestException || (e is OperationCanceledException && !context.CancellationToken.IsCancellationRequested))
        {
            return new(false, $"{url.GetLeftPart(UriPartial.Authority)} did not answer: {e.Message}");
        }
    }

    // RFC 7807 problem details: the title, the detail, and the rows of a refused CSV import.
    private static string DescribeProblem(int status, string body)
    {
        var text = new StringBuilder($"HTTP {status}");
        try
        {
            using var problem = JsonDocument.Parse(body);
            var root = problem.RootElement;
            foreach (var name in new[] { "title", "detail" })
            {
                if (root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String)
                {
                    text.Append(": ").Append(value.GetString());
                }
            }

            if (root.TryGetProperty("rowErrors", out var rows) && rows.ValueKind == JsonValueKind.Array)
            {
                foreach (var row in rows.EnumerateArray())
                {
                    text.Append($"\nrow {row.GetProperty("row")}, {row.GetProperty("column").GetString()}: {row.GetProperty("message").GetString()}");
                }
            }
        }
        catch (JsonException)
        {
            text.Append(": ").Append(body);
        }

        return text.ToString();
    }
}

/// <param name="Text">The body when the call worked, otherwise what went wrong.</param>
internal sealed record ServiceAnswer(bool IsSuccess, string Text);
