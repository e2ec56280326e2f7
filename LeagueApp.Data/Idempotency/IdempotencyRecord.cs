namespace LeagueApp.Data.Idempotency;

// The answer a write gave, remembered under its idempotency key so that a retry gets it again
// instead of doing the write twice. RequestHash tells a retry from a different request that reuses the key.
public sealed record IdempotencyRecord(string RequestHash, int StatusCode, string Body, DateTimeOffset ExpiresAt);
