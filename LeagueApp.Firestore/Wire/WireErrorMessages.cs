namespace LeagueApp.Firestore.Wire;

internal sealed record WireErrorResponse(WireError? Error);

internal sealed record WireError(int Code, string? Message, string? Status);
