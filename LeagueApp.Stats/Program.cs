using LeagueApp.Backend;
using LeagueApp.Data;
using LeagueApp.Data.Changes;
using LeagueApp.Stats;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddLeagueBackend();
builder.AddBackendTimeouts(budget => budget.Stats);
builder.Services.Configure<StatsOptions>(builder.Configuration.GetSection(StatsOptions.SectionName));

// The frontends name the commits each read must reflect, so no writer waits for stats' stream.
builder.AddLeagueChangeFeed(holdLease: false);
builder.Services.AddOutputCache();
builder.Services.AddOptions<OutputCacheOptions>().Configure<LeagueChangeFeed, IOptions<StatsOptions>>((cache, changes, stats) =>
{
    // Large squads (thousands of imported players) are a few MB each; a pod has 256 Mi in all.
    cache.SizeLimit = 32 * 1024 * 1024;
    cache.AddPolicy(FollowedReadPolicy.Name, new FollowedReadPolicy(changes, stats.Value.CacheLifetime));
});

var app = builder.Build();

app.UseLeagueBackend();
app.UseOutputCache();

app.MapStatsApi();
app.MapDefaultEndpoints();

app.Run();
