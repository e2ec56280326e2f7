using System.Globalization;

namespace LeagueApp.Contracts;

/// <summary>
/// Commit times (Firestore's clock) between the services: a backend says when its write was committed
/// (<see cref="Header"/>), so that the frontend can answer the write once the caches have seen that
/// commit; the frontend tells stats which commits a read must reflect (<see cref="ReflectHeader"/>).
/// </summary>
public static class CommitTimes
{
    public const string Header = "Commit-Time";

    /// <summary>The request header naming the time up to which an answer must reflect every commit.</summary>
    public const string ReflectHeader = "Reflect-Commits-Until";

    public static string Format(DateTimeOffset time) => time.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);

    public static bool TryParse(string? text, out DateTimeOffset time) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out time);
}
