namespace LeagueApp.Domain;

public static class Scoring
{
    /// <summary>
    /// The position's weighted score, in integer maths with each term truncated, as the original app computed it,
    /// so that its published answers stay reproducible.
    /// </summary>
    public static int Score(Player player)
    {
        ArgumentNullException.ThrowIfNull(player);
        return player.Position switch
        {
            Position.Defender => Weighted(player.Interceptions, 50) + Weighted(player.Tackles, 50),
            Position.Midfielder => Weighted(player.Passes, 70) + Weighted(player.Assists, 30),
            Position.Forward => Weighted(player.Goals, 70) + Weighted(player.Assists, 30),
            _ => throw UndefinedPosition(player),
        };
    }

    /// <summary>The figure that breaks ties between equal scores: the statistic the position is judged by most.</summary>
    public static int MainStatistic(Player player)
    {
        ArgumentNullException.ThrowIfNull(player);
        return player.Position switch
        {
            Position.Defender => player.Tackles,
            Position.Midfielder => player.Passes,
            Position.Forward => player.Goals,
            _ => throw UndefinedPosition(player),
        };
    }

    // Checked: absurd unvalidated figures fail loudly instead of wrapping into a plausible score.
    private static int Weighted(int value, int percent) => checked(value * percent) / 100;

    private static ArgumentOutOfRangeException UndefinedPosition(Player player) =>
        new(nameof(player), player.Position, "The player's position is not a defined Position.");
}
