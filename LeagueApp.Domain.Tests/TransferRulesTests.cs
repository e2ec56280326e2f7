using LeagueApp.Domain;

namespace LeagueApp.Domain.Tests;

public class TransferRulesTests
{
    private static readonly Player Salah =
        new("Mohamed Salah", "Liverpool", "Egypt", Position.Forward, 38, 22, 8, 1079, 5, 21, 25, 135);

    private static readonly TeamStanding Liverpool = new("Liverpool", 38, 30, 7, 1, 89, 22, 67, 97, 250);

    private static readonly TeamStanding Chelsea = new("Chelsea", 38, 21, 9, 8, 63, 39, 24, 72, 200);

    [Fact]
    public void An_approved_transfer_moves_the_player_and_exactly_the_price()
    {
        var decision = TransferRules.Decide(Salah, Liverpool, Chelsea);

        var approved = Assert.IsType<TransferApproved>(decision);
        Assert.Equal(Salah with { Team = "Chelsea" }, approved.Player);
        Assert.Equal(Liverpool with { Capital = 385 }, approved.Seller);
        Assert.Equal(Chelsea with { Capital = 65 }, approved.Buyer);
    }

    [Fact]
    public void A_buyer_can_spend_its_whole_capital()
    {
        var decision = TransferRules.Decide(Salah, Liverpool, Chelsea with { Capital = 135 });

        var approved = Assert.IsType<TransferApproved>(decision);
        Assert.Equal(0, approved.Buyer.Capital);
        Assert.Equal(385, approved.Seller.Capital);
    }

    [Fact]
    public void Every_seed_transfer_conserves_total_capital()
    {
        var seed = SeedData.Load();
        var approvals = 0;
        foreach (var seller in seed.Teams)
        {
            foreach (var buyer in seed.Teams.Where(t => t.Name != seller.Name))
            {
                foreach (var player in seed.Players.Where(p => p.Team == seller.Name))
                {
                    if (TransferRules.Decide(player, seller, buyer) is TransferApproved approved)
                    {
                        approvals++;
                        Assert.Equal(seller.Capital + buyer.Capital, approved.Seller.Capital + approved.Buyer.Capital);
                        Assert.Equal(buyer.Capital - player.Price, approved.Buyer.Capital);
                        Assert.Equal(buyer.Name, approved.Player.Team);
                    }
                }
            }
        }

        // 4 sellers * 3 buyers * 10 players: no seed price (135 at most) exceeds a capital (150 at least).
        Assert.Equal(120, approvals);
    }

    [Fact]
    public void A_transfer_within_one_team_is_refused()
    {
        var decision = TransferRules.Decide(Salah, Liverpool, Liverpool);

        Assert.Equal(
            new TransferRefused(
                TransferRefusal.SameTeam,
                "Mohamed Salah cannot be transferred from Liverpool to Liverpool: the two teams must differ."),
            decision);
    }

    [Fact]
    public void Selling_another_team_s_player_is_refused()
    {
        var tottenham = new TeamStanding("Tottenham Hotspur", 38, 23, 2, 13, 67, 39, 28, 71, 150);

        var decision = TransferRules.Decide(Salah, tottenham, Chelsea);

        Assert.Equal(
            new TransferRefused(
                TransferRefusal.PlayerNotInSellingTeam,
                "Mohamed Salah does not play for Tottenham Hotspur but for Liverpool."),
            decision);
    }

    [Fact]
    public void A_buyer_that_cannot_afford_the_price_is_refused()
    {
        var decision = TransferRules.Decide(Salah, Liverpool, Chelsea with { Capital = 100 });

        Assert.Equal(
            new TransferRefused(
                TransferRefusal.BuyerCannotAfford,
                "Chelsea cannot afford Mohamed Salah: price 135, capital 100."),
            decision);
    }

    [Fact]
    public void A_sale_that_would_lift_the_seller_above_the_capital_limit_is_refused()
    {
        var decision = TransferRules.Decide(Salah, Liverpool with { Capital = 999_900 }, Chelsea);

        Assert.Equal(
            new TransferRefused(
                TransferRefusal.SellerCapitalWouldExceedLimit,
                "Liverpool cannot sell Mohamed Salah: price 135 would lift its capital of 999900 above the limit of 1000000."),
            decision);
    }

    [Fact]
    public void The_same_team_is_reported_before_other_problems()
    {
        var decision = TransferRules.Decide(Salah, Chelsea, Chelsea with { Capital = 0 });

        Assert.Equal(TransferRefusal.SameTeam, Assert.IsType<TransferRefused>(decision).Reason);
    }

    [Fact]
    public void A_negative_price_is_a_programming_error()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => TransferRules.Decide(Salah with { Price = -1 }, Liverpool, Chelsea));
    }
}
