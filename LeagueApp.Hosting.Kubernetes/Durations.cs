using System.Globalization;

namespace LeagueApp.Hosting.Kubernetes;

/// <summary>Durations as Istio writes them: whole seconds ("30s") or milliseconds ("500ms").</summary>
internal static class Durations
{
    public static string Format(TimeSpan duration) => duration.Ticks % TimeSpan.TicksPerSecond == 0
        ? ((long)duration.TotalSeconds).ToString(CultureInfo.InvariantCulture) + "s"
        : ((long)duration.TotalMilliseconds).ToString(CultureInfo.InvariantCulture) + "ms";
}
