namespace LeagueApp.Domain;

public static class TransferRules
{
    /// <summary>
    /// Decides the sale of <paramref name="player"/> by <paramref name="seller"/> to <paramref name="buyer"/> at the
    /// player's price. The original app credited the seller with the buyer's whole capital and left the player's team
    /// unchanged; here the player joins the buyer and exactly the price changes hands.
    /// </summary>
    public static TransferDecision Decide(Player player, TeamStanding seller, TeamStanding buyer)
    {
        ArgumentNullException.ThrowIfNull(player);
        ArgumentNullException.ThrowIfNull(seller);
        ArgumentNullException.ThrowIfNull(buyer);
        ArgumentOutOfRangeException.ThrowIfNegative(player.Price);

        if (string.Equals(seller.Name, buyer.Name, StringComparison.Ordinal))
        {
            return new TransferRefused(
                TransferRefusal.SameTeam,
                $"{player.Name} cannot be transferred from {seller.Name} to {seller.Name}: the two teams must differ.");
        }

        if (!string.Equals(player.Team, seller.Name, StringComparison.Ordinal))
        {
            return new TransferRefused(
                TransferRefusal.PlayerNotInSellingTeam,
                $"{player.Name} does not play for {seller.Name} but for {player.Team}.");
        }

        if (buyer.Capital < player.Price)
        {
            return new TransferRefused(
                TransferRefusal.BuyerCannotAfford,
                $"{buyer.Name} cannot afford {player.Name}: price {player.Price}, capital {buyer.Capital}.");
        }

        if ((long)seller.Capital + player.Price > Limits.MaxCapital)
        {
            return new TransferRefused(
                TransferRefusal.SellerCapitalWouldExceedLimit,
                $"{seller.Name} cannot sell {player.Name}: price {player.Price} would lift its capital of "
                + $"{seller.Capital} above the limit of {Limits.MaxCapital}.");
        }

        return new TransferApproved(
            player with { Team = buyer.Name },
            seller with { Capital = seller.Capital + player.Price },
            buyer with { Capital = buyer.Capital - player.Price });
    }
}
