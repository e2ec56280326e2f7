namespace LeagueApp.Data.Idempotency;

// A write's idempotency key (if the client sent one) with the hash of what it asked for (IdempotencyKeys.Hash).
public sealed record IdempotentRequest(string Key, string RequestHash);
