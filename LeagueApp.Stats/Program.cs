using LeagueApp.Backend;
using LeagueApp.Data;
using LeagueApp.Stats;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddLeagueBackend();
builder.AddBackendTimeouts(budget => budget.Stats);
builder.Services.Configure<StatsOptions>(builder.Configuration.GetSection(StatsOptions.SectionName));

var app = builder.Build();

app.UseLeagueBackend();

app.MapStatsApi();
app.MapDefaultEndpoints();

app.Run();
