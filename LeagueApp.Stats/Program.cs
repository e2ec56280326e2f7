using LeagueApp.Contracts;
using LeagueApp.Data;
using LeagueApp.Stats;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddLeagueStore();
builder.Services.AddLeagueJson();
builder.Services.AddLeagueProblemDetails();
builder.Services.Configure<StatsOptions>(builder.Configuration.GetSection(StatsOptions.SectionName));

var app = builder.Build();

app.UseExceptionHandler();
app.UseStatusCodePages();

app.MapStatsApi();
app.MapDefaultEndpoints();

app.Run();
