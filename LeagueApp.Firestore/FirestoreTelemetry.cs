using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace LeagueApp.Firestore;

/// <summary>
/// The HTTP instrumentation traces each call; this source adds a span per transaction that groups
/// its calls and counts its attempts, an event on the current span per retry, and a retry counter,
/// so retries that hide a failing Firestore from users still show on the dashboards.
/// </summary>
public static class FirestoreTelemetry
{
    public const string ActivitySourceName = "LeagueApp.Firestore";

    public const string MeterName = "LeagueApp.Firestore";

    internal static ActivitySource ActivitySource { get; } = new(ActivitySourceName);

    private static readonly Meter Meter = new(MeterName);

    private static readonly Counter<long> Retries = Meter.CreateCounter<long>(
        "leagueapp.firestore.retries", unit: "{retry}", description: "Firestore calls and transactions attempted again after a retryable failure.");

    /// <param name="method">The API method, e.g. "RunQuery", or "Transaction" for a whole transaction.</param>
    internal static void RecordRetry(string method, string status, int failedAttempts, TimeSpan delay)
    {
        Retries.Add(1, new KeyValuePair<string, object?>("firestore.method", method), new KeyValuePair<string, object?>("firestore.status", status));
        Activity.Current?.AddEvent(new ActivityEvent("firestore.retry", tags: new ActivityTagsCollection
        {
            ["firestore.method"] = method,
            ["firestore.status"] = status,
            ["firestore.attempt"] = failedAttempts,
            ["firestore.retry.delay_ms"] = delay.TotalMilliseconds,
        }));
    }
}
