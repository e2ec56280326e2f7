using System.Diagnostics;

namespace LeagueApp.Firestore;

/// <summary>
/// The HTTP instrumentation traces each call; this source adds a span per transaction that groups
/// its calls and counts its attempts.
/// </summary>
public static class FirestoreTelemetry
{
    public const string ActivitySourceName = "LeagueApp.Firestore";

    internal static ActivitySource ActivitySource { get; } = new(ActivitySourceName);
}
