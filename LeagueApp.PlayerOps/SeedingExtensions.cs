namespace LeagueApp.PlayerOps;

public static class SeedingExtensions
{
    public static IHostApplicationBuilder AddLeagueSeeding(this IHostApplicationBuilder builder)
    {
        builder.Services.Configure<SeedOptions>(builder.Configuration.GetSection(SeedOptions.SectionName));
        builder.Services.AddSingleton<SeedState>();
        // One instance: it seeds at startup, and the admin API's reseed calls the same code.
        builder.Services.AddSingleton<LeagueSeeder>();
        builder.Services.AddHostedService(services => services.GetRequiredService<LeagueSeeder>());
        builder.Services.AddHealthChecks().AddCheck<SeedState>("seed", tags: ["ready"]);
        return builder;
    }
}
