namespace LeagueApp.Firestore.Wire;

internal sealed record WireBeginTransactionRequest(WireTransactionOptions Options);

internal sealed record WireTransactionOptions(WireReadWriteOptions ReadWrite);

internal sealed record WireReadWriteOptions(string? RetryTransaction);

internal sealed record WireBeginTransactionResponse(string Transaction);

internal sealed record WireRollbackRequest(string Transaction);
