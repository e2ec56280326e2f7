using LeagueApp.Backend;
using LeagueApp.Data;
using LeagueApp.PlayerOps;
using LeagueApp.PlayerOps.Import;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddLeagueBackend();
builder.AddBackendTimeouts(budget => budget.PlayerOps);
builder.AddLeagueImports();
builder.AddLeagueSeeding();

var app = builder.Build();

app.UseLeagueBackend();

app.MapPlayersApi();
app.MapImportApi();
app.MapAdminApi();
app.MapDefaultEndpoints();

app.Run();
