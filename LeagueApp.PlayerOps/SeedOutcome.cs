namespace LeagueApp.PlayerOps;

/// <summary>What a seed run did, in words (e.g. "seeded 44 documents (4 teams, 40 players)").</summary>
public sealed record SeedOutcome(string Outcome);
