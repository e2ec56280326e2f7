namespace LeagueApp.Contracts;

/// <summary>The request header with which a client makes a write safe to retry; the frontend passes it on to the backend that remembers it.</summary>
public static class IdempotencyHeader
{
    public const string Name = "Idempotency-Key";
}
