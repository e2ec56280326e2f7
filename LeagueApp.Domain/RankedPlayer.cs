namespace LeagueApp.Domain;

public sealed record RankedPlayer(Player Player, int Score);
