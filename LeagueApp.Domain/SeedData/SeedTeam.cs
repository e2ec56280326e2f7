namespace LeagueApp.Domain;

internal sealed record SeedTeam(
    string Name,
    int Played,
    int Won,
    int Drawn,
    int Lost,
    int GoalsFor,
    int GoalsAgainst,
    int GoalDifference,
    int Points,
    int Capital,
    IReadOnlyList<SeedPlayer> Players);
