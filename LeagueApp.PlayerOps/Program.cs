using LeagueApp.Contracts;
using LeagueApp.Data;
using LeagueApp.PlayerOps;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddLeagueStore();
builder.Services.AddLeagueJson();
builder.AddLeagueSeeding();

var app = builder.Build();

app.UseExceptionHandler();
app.UseStatusCodePages();

app.MapPlayersApi();
app.MapDefaultEndpoints();

app.Run();
