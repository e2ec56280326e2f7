namespace LeagueApp.Domain;

public static class TeamStandingValidator
{
    /// <summary>Every broken rule of the standing, ranges first, then the sums the table must add up to.</summary>
    public static IReadOnlyList<ValidationError> Validate(TeamStanding team)
    {
        ArgumentNullException.ThrowIfNull(team);
        var errors = new List<ValidationError>();
        errors.AddRange(Names.ValidateTeamName(team.Name, "name"));
        errors.AddIfOutOfRange("played", team.Played, Limits.MaxPlayed);
        errors.AddIfOutOfRange("won", team.Won, Limits.MaxPlayed);
        errors.AddIfOutOfRange("drawn", team.Drawn, Limits.MaxPlayed);
        errors.AddIfOutOfRange("lost", team.Lost, Limits.MaxPlayed);
        errors.AddIfOutOfRange("goalsFor", team.GoalsFor, Limits.MaxStatistic);
        errors.AddIfOutOfRange("goalsAgainst", team.GoalsAgainst, Limits.MaxStatistic);
        errors.AddIfOutOfRange("points", team.Points, Limits.MaxPoints);
        errors.AddIfOutOfRange("capital", team.Capital, Limits.MaxCapital);
        errors.AddIfNotEqual("played", team.Played, (long)team.Won + team.Drawn + team.Lost, "won + drawn + lost");
        errors.AddIfNotEqual("goalDifference", team.GoalDifference, (long)team.GoalsFor - team.GoalsAgainst, "goalsFor - goalsAgainst");
        errors.AddIfNotEqual("points", team.Points, 3L * team.Won + team.Drawn, "3 * won + drawn");
        return errors;
    }
}
