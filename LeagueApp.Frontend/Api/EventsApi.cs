using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using System.Text.Json;
using LeagueApp.Data.Changes;
using LeagueApp.Frontend.Edge;
using LeagueApp.Timeouts;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace LeagueApp.Frontend.Api;

// The live page's feed: a server-sent event for each change of the league, from Firestore's change stream.
public static class EventsApi
{
    public const string EventType = "league";

    public static IEndpointRouteBuilder MapEventsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet($"{LeagueApi.Prefix}/events", Watch).WithTags("Live")
            .WithSummary("Server-sent events: the latest change of the league, then one per change")
            .WithDescription("Each stream ends after Timeouts:EventStream (12 s); EventSource reconnects by itself and gets the latest change again.")
            .Produces(StatusCodes.Status200OK, contentType: "text/event-stream")
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .RequireRateLimiting(EventStreamLimitPolicy.Name)
            .DisableRequestTimeout();
        return app;
    }

    private static ServerSentEventsResult<string> Watch(
        LeagueChangeFeed feed, IOptions<LiveEventsOptions> options, IOptions<TimeoutBudget> budget, TimeProvider time, CancellationToken ct) =>
        TypedResults.ServerSentEvents(EventsAsync(feed, options.Value, budget.Value.EventStream, time, ct));

    private static async IAsyncEnumerable<SseItem<string>> EventsAsync(
        LeagueChangeFeed feed, LiveEventsOptions options, TimeSpan streamLifetime, TimeProvider time, [EnumeratorCancellation] CancellationToken ct)
    {
        // Ends on its own before a proxy's timeout cuts it; the client then reconnects at once.
        using var lifetime = new CancellationTokenSource(streamLifetime, time);
        using var stream = CancellationTokenSource.CreateLinkedTokenSource(ct, lifetime.Token);
        await using var changes = feed.WatchAsync(stream.Token).GetAsyncEnumerator(stream.Token);
        while (await NextAsync(changes))
        {
            var change = changes.Current;
            yield return new SseItem<string>(JsonSerializer.Serialize(change, FrontendJsonContext.Default.LeagueChange), EventType)
            {
                EventId = change.Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ReconnectionInterval = options.ReconnectDelay,
            };
        }
    }

    private static async Task<bool> NextAsync(IAsyncEnumerator<LeagueChange> changes)
    {
        try
        {
            return await changes.MoveNextAsync();
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
