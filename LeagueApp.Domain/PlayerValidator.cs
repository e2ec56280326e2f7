namespace LeagueApp.Domain;

public static class PlayerValidator
{
    /// <summary>Every broken rule of the player, so that a client can fix them all at once; empty when valid.</summary>
    public static IReadOnlyList<ValidationError> Validate(Player player)
    {
        ArgumentNullException.ThrowIfNull(player);
        var errors = new List<ValidationError>();
        errors.AddRange(Names.ValidatePlayerName(player.Name));
        errors.AddRange(Names.ValidateTeamName(player.Team));
        errors.AddRange(Names.ValidateNationality(player.Nationality));
        if (!Enum.IsDefined(player.Position))
        {
            errors.Add(new("position", "Position must be one of Defender, Midfielder or Forward."));
        }

        errors.AddIfOutOfRange("appearances", player.Appearances, Limits.MaxAppearances);
        errors.AddIfOutOfRange("goals", player.Goals, Limits.MaxStatistic);
        errors.AddIfOutOfRange("assists", player.Assists, Limits.MaxStatistic);
        errors.AddIfOutOfRange("passes", player.Passes, Limits.MaxStatistic);
        errors.AddIfOutOfRange("interceptions", player.Interceptions, Limits.MaxStatistic);
        errors.AddIfOutOfRange("tackles", player.Tackles, Limits.MaxStatistic);
        errors.AddIfOutOfRange("fouls", player.Fouls, Limits.MaxStatistic);
        errors.AddIfOutOfRange("price", player.Price, Limits.MaxPrice);
        return errors;
    }
}
