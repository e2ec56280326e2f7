using LeagueApp.Backend;
using LeagueApp.Stats;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddLeagueBackend();
builder.Services.Configure<StatsOptions>(builder.Configuration.GetSection(StatsOptions.SectionName));

var app = builder.Build();

app.UseLeagueBackend();

app.MapStatsApi();
app.MapDefaultEndpoints();

app.Run();
