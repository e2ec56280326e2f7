namespace LeagueApp.Domain;

public static class Ranking
{
    /// <summary>
    /// The best <paramref name="count"/> players of a position, best first. Ties are ordered by the main statistic,
    /// then by name (and team, for namesakes), so equal scores never drop or shuffle a player. Fewer players than
    /// asked give a shorter list; a count of zero or less gives an empty one.
    /// </summary>
    public static IReadOnlyList<RankedPlayer> TopOfPosition(IEnumerable<Player> players, Position position, int count)
    {
        ArgumentNullException.ThrowIfNull(players);
        return [.. players
            .Where(player => player.Position == position)
            .Select(player => new RankedPlayer(player, Scoring.Score(player)))
            .OrderByDescending(ranked => ranked.Score)
            .ThenByDescending(ranked => Scoring.MainStatistic(ranked.Player))
            .ThenBy(ranked => ranked.Player.Name, StringComparer.Ordinal)
            .ThenBy(ranked => ranked.Player.Team, StringComparer.Ordinal)
            .Take(count)];
    }

    /// <summary>
    /// The best Defender, Midfielder and Forward of one team's players, in that order; a position the team has no
    /// player for is left out. The caller passes the team's players: this does not filter by team.
    /// </summary>
    public static IReadOnlyList<RankedPlayer> BestOfTeam(IEnumerable<Player> teamPlayers)
    {
        ArgumentNullException.ThrowIfNull(teamPlayers);
        var players = teamPlayers.ToList();
        return [.. Positions.All.SelectMany(position => TopOfPosition(players, position, 1))];
    }
}
