using LeagueApp.Contracts;
using LeagueApp.Frontend.Backends;
using LeagueApp.Frontend.Original;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.Services.AddLeagueJson();
builder.Services.AddProblemDetails();
builder.AddLeagueBackends();

var app = builder.Build();

app.UseExceptionHandler();
app.UseStatusCodePages();

app.MapOriginalApi();
app.MapDefaultEndpoints();

app.Run();
