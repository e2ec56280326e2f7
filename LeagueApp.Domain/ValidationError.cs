namespace LeagueApp.Domain;

/// <summary>One broken rule: <see cref="Field"/> is the camelCase field name API users send.</summary>
public sealed record ValidationError(string Field, string Message);
