namespace LeagueApp.Manifests.Tests.Infrastructure;

internal static class Http
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(250);

    /// <summary>Asks until the answer satisfies <paramref name="done"/>; the cancellation token bounds the wait.</summary>
    public static async Task<HttpResponseMessage> PollAsync(
        HttpClient client, Func<HttpRequestMessage> request, Func<HttpResponseMessage, Task<bool>> done, Func<string> diagnostics, CancellationToken ct)
    {
        var last = "no answer";
        while (!ct.IsCancellationRequested)
        {
            try
            {
                var response = await client.SendAsync(request(), ct);
                if (await done(response))
                {
                    return response;
                }

                last = $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(ct)}";
                response.Dispose();
            }
            catch (Exception e) when (e is HttpRequestException or OperationCanceledException)
            {
                last = e.Message;
            }

            // Returns early, without throwing, once the overall wait is over.
            await Task.WhenAny(Task.Delay(PollInterval, ct));
        }

        throw new TimeoutException($"Gave up waiting for {request().RequestUri}; last answer: {last}\n{diagnostics()}");
    }
}
