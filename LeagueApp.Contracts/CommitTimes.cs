using System.Globalization;

namespace LeagueApp.Contracts;

/// <summary>
/// The response header in which a backend says when its write was committed (Firestore's clock), so
/// that the frontend can answer the write once its read cache has seen that commit.
/// </summary>
public static class CommitTimes
{
    public const string Header = "Commit-Time";

    public static string Format(DateTimeOffset time) => time.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);

    public static bool TryParse(string? text, out DateTimeOffset time) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out time);
}
