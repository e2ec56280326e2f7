using LeagueApp.Backend;
using LeagueApp.Data;
using LeagueApp.Data.Import;
using LeagueApp.PlayerOps;
using LeagueApp.PlayerOps.Import;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddLeagueBackend();
builder.AddBackendTimeouts(budget => budget.PlayerOps);
builder.Services.AddSingleton<LeagueImporter>();
builder.AddLeagueSeeding();

var app = builder.Build();

app.UseLeagueBackend();

app.MapPlayersApi();
app.MapImportApi();
app.MapAdminApi();
app.MapDefaultEndpoints();

app.Run();
