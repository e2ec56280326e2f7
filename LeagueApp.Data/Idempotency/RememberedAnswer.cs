namespace LeagueApp.Data.Idempotency;

/// <summary>The answer to keep for a retry of <paramref name="Request"/>, written in the same commit as the write it answers.</summary>
public sealed record RememberedAnswer(IdempotentRequest Request, int StatusCode, string Body);
