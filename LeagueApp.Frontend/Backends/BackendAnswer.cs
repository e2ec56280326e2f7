using System.ComponentModel;

namespace LeagueApp.Frontend.Backends;

/// <summary>
/// A backend's answer read to the end: status, content type and body bytes. Immutable, so the
/// stats read cache hands the same instance to every reader instead of copying it.
/// </summary>
[ImmutableObject(true)]
public sealed record BackendAnswer(int StatusCode, string? ContentType, ReadOnlyMemory<byte> Body)
{
    public bool IsSuccess => StatusCode is >= 200 and < 300;
}
