using LeagueApp.Contracts;
using LeagueApp.Contracts.Security;
using LeagueApp.Data;
using LeagueApp.Stats;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddLeagueStore();
builder.Services.AddLeagueJson();
builder.Services.AddLeagueProblemDetails();
builder.Services.AddApiKeyProtection();
builder.Services.Configure<StatsOptions>(builder.Configuration.GetSection(StatsOptions.SectionName));
builder.AddReadCache();

var app = builder.Build();

app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseApiKeyProtection();
app.UseOutputCache();

app.MapStatsApi();
app.MapReadCacheApi();
app.MapDefaultEndpoints();

app.Run();
