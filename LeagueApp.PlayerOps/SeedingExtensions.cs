namespace LeagueApp.PlayerOps;

public static class SeedingExtensions
{
    public static IHostApplicationBuilder AddLeagueSeeding(this IHostApplicationBuilder builder)
    {
        builder.Services.Configure<SeedOptions>(builder.Configuration.GetSection(SeedOptions.SectionName));
        builder.Services.AddSingleton<SeedState>();
        builder.Services.AddHostedService<LeagueSeeder>();
        builder.Services.AddHealthChecks().AddCheck<SeedState>("seed", tags: ["ready"]);
        return builder;
    }
}
