namespace LeagueApp.Domain;

public enum TransferRefusal
{
    SameTeam,
    PlayerNotInSellingTeam,
    BuyerCannotAfford,

    /// <summary>The price would lift the seller's capital above <see cref="Limits.MaxCapital"/>.</summary>
    SellerCapitalWouldExceedLimit,
}
