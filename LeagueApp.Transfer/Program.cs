using LeagueApp.Contracts;
using LeagueApp.Data;
using LeagueApp.Transfer;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddLeagueStore();
builder.Services.AddLeagueJson();
builder.Services.AddSingleton<TransferService>();

var app = builder.Build();

app.UseExceptionHandler();
app.UseStatusCodePages();

app.MapTransfersApi();
app.MapDefaultEndpoints();

app.Run();
