using System.Globalization;

namespace LeagueApp.Firestore.Wire;

/// <summary>
/// Timestamps on the wire. Firestore keeps microseconds, so both forms drop finer ticks: what is
/// sent is exactly what comes back.
/// </summary>
internal static class WireTimestamp
{
    private const string Rfc3339Pattern = "yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'";
    private const long TicksPerMicrosecond = TimeSpan.TicksPerMillisecond / 1000;

    /// <summary>The JSON form, in request bodies: UTC with a "Z".</summary>
    public static string ToRfc3339(DateTimeOffset value) => value.UtcDateTime.ToString(Rfc3339Pattern, CultureInfo.InvariantCulture);

    /// <summary>
    /// The form for query parameters, as the sub-fields of google.protobuf.Timestamp (the emulator
    /// ignores the RFC 3339 string there).
    /// </summary>
    public static (long Seconds, int Nanos) ToSecondsAndNanos(DateTimeOffset value)
    {
        var micros = value.UtcTicks % TimeSpan.TicksPerSecond / TicksPerMicrosecond;
        return (value.ToUnixTimeSeconds(), (int)(micros * 1000));
    }
}
