using LeagueApp.Data.Import;
using LeagueApp.Domain;

namespace LeagueApp.PlayerOps.Import;

/// <summary>The checked rows of one CSV file: the league file's teams, or a players file's players.</summary>
/// <param name="WithCapital">False when the league file had no Capital column.</param>
public sealed record ImportFile(IReadOnlyList<ImportRow<TeamStanding>> Teams, bool WithCapital, IReadOnlyList<ImportRow<Player>> Players)
{
    public int Rows => Teams.Count + Players.Count;
}
