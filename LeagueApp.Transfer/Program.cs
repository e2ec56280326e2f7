using LeagueApp.Backend;
using LeagueApp.Data;
using LeagueApp.Data.Transfers;
using LeagueApp.Transfer;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddLeagueBackend();
builder.AddBackendTimeouts(budget => budget.Transfer);
builder.Services.Configure<TransferOptions>(builder.Configuration.GetSection(TransferOptions.SectionName));
builder.Services.AddSingleton<TransferMetrics>();
builder.Services.AddSingleton<LeagueTransfers>();
builder.Services.AddSingleton<TransferService>();

var app = builder.Build();

app.UseLeagueBackend();

app.MapTransfersApi();
app.MapDefaultEndpoints();

app.Run();
