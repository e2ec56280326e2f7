namespace LeagueApp.Domain;

/// <summary>The seed file's wire shape; players are nested in their team, so they carry no team field.</summary>
internal sealed record SeedFile(string Season, string Source, IReadOnlyList<SeedTeam> Teams);
