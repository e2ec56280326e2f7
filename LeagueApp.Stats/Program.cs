using LeagueApp.Data;
using LeagueApp.Stats;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddLeagueBackend();
builder.Services.Configure<StatsOptions>(builder.Configuration.GetSection(StatsOptions.SectionName));
builder.AddReadCache();

var app = builder.Build();

app.UseLeagueBackend();
app.UseOutputCache();

app.MapStatsApi();
app.MapReadCacheApi();
app.MapDefaultEndpoints();

app.Run();
