namespace LeagueApp.Frontend.Api;

// The live page's event streams, bound from the section "LiveEvents"; how long one stays open is
// Timeouts:EventStream, inside the mesh's limits.
public sealed class LiveEventsOptions
{
    public const string SectionName = "LiveEvents";

    /// <summary>How long the browser waits before it reconnects (the events' retry field).</summary>
    public TimeSpan ReconnectDelay { get; set; } = TimeSpan.FromSeconds(1);
}
