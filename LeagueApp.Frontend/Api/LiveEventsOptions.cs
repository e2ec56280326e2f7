namespace LeagueApp.Frontend.Api;

// The live page's event streams, bound from the section "LiveEvents".
public sealed class LiveEventsOptions
{
    public const string SectionName = "LiveEvents";

    /// <summary>
    /// How long one stream stays open: below the ingress route's timeout (35 s in the generated
    /// manifests), so the server ends it cleanly instead of a proxy cutting it.
    /// </summary>
    public TimeSpan StreamLifetime { get; set; } = TimeSpan.FromSeconds(25);

    /// <summary>How long the browser waits before it reconnects (the events' retry field).</summary>
    public TimeSpan ReconnectDelay { get; set; } = TimeSpan.FromSeconds(1);
}
