namespace LeagueApp.Domain;

public static class LeagueTable
{
    /// <summary>Premier League order: points, then goal difference, then goals scored; the name keeps the order total.</summary>
    public static IReadOnlyList<TeamStanding> Sort(IEnumerable<TeamStanding> teams)
    {
        ArgumentNullException.ThrowIfNull(teams);
        return [.. teams
            .OrderByDescending(team => team.Points)
            .ThenByDescending(team => team.GoalDifference)
            .ThenByDescending(team => team.GoalsFor)
            .ThenBy(team => team.Name, StringComparer.Ordinal)];
    }
}
