namespace LeagueApp.Contracts;

public sealed record TransferRequest(string Player, string FromTeam, string ToTeam);
