using LeagueApp.Domain;

namespace LeagueApp.Contracts;

// What a transfer changed: the moved player and both clubs' capital afterwards.
public sealed record TransferResult(Player Player, TeamStanding Seller, TeamStanding Buyer);
