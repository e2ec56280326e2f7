using LeagueApp.Contracts;
using LeagueApp.Contracts.Security;
using LeagueApp.Data;
using LeagueApp.PlayerOps;
using LeagueApp.PlayerOps.Import;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddLeagueStore();
builder.Services.AddLeagueJson();
builder.Services.AddLeagueProblemDetails();
builder.Services.AddApiKeyProtection();
builder.Services.AddSingleton<LeagueImporter>();
builder.AddLeagueSeeding();

var app = builder.Build();

app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseApiKeyProtection();

app.MapPlayersApi();
app.MapImportApi();
app.MapAdminApi();
app.MapDefaultEndpoints();

app.Run();
