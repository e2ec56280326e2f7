namespace LeagueApp.Domain;

/// <summary>A team's row in the league table, with the capital it can spend on transfers.</summary>
public sealed record TeamStanding(
    string Name,
    int Played,
    int Won,
    int Drawn,
    int Lost,
    int GoalsFor,
    int GoalsAgainst,
    int GoalDifference,
    int Points,
    int Capital);
