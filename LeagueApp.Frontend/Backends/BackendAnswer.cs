using System.ComponentModel;

namespace LeagueApp.Frontend.Backends;

/// <summary>
/// A backend's answer read to the end: status, content type and body bytes, and for a write when it
/// was committed. Immutable, so a hit in the stats read cache returns this instance rather than a copy.
/// </summary>
[ImmutableObject(true)]
public sealed record BackendAnswer(int StatusCode, string? ContentType, ReadOnlyMemory<byte> Body, DateTimeOffset? CommitTime = null)
{
    public bool IsSuccess => StatusCode is >= 200 and < 300;
}
