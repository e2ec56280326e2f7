namespace LeagueApp.Domain;

/// <summary>
/// The state after the transfer, to be written together: the player now of the buying team, and both teams with
/// their new capital. The price moves from buyer to seller, so the two capitals add up to the same total as before.
/// </summary>
public sealed record TransferApproved(Player Player, TeamStanding Seller, TeamStanding Buyer) : TransferDecision;
