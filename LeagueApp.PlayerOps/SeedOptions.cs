namespace LeagueApp.PlayerOps;

public sealed class SeedOptions
{
    public const string SectionName = "Seed";

    // Off unless the AppHost asks for it: a real database is never seeded by surprise.
    public bool OnStartup { get; set; }

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(60);
}
