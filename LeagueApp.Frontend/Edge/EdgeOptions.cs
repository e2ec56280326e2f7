namespace LeagueApp.Frontend.Edge;

// Limits of the public edge, bound from the section "Edge".
public sealed class EdgeOptions
{
    public const string SectionName = "Edge";

    /// <summary>Requests a client may send at once before it must wait for tokens (the bucket's size).</summary>
    public int BurstLimit { get; set; } = 200;

    /// <summary>Tokens added back to each client's bucket per second: its sustained rate.</summary>
    public int RequestsPerSecond { get; set; } = 100;

    /// <summary>Live event streams (GET /api/events) a client may hold open at once: a page each, so a few tabs; beyond it 429.</summary>
    public int MaxEventStreamsPerClient { get; set; } = 16;

    /// <summary>JSON bodies are small: a player or a transfer.</summary>
    public long MaxJsonBodyBytes { get; set; } = 16 * 1024;

    /// <summary>CSV imports may be large: 20,000 players are about 1.5 MB.</summary>
    public long MaxImportBodyBytes { get; set; } = 8 * 1024 * 1024;
}
