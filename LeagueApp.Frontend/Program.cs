using LeagueApp.AspNetCore;
using LeagueApp.AspNetCore.Security;
using LeagueApp.Frontend.Api;
using LeagueApp.Frontend.Backends;
using LeagueApp.Frontend.Edge;
using LeagueApp.Frontend.Original;
using LeagueApp.Frontend.Web;
using Scalar.AspNetCore;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.Services.AddLeagueJson();
builder.Services.AddLeagueProblemDetails();
builder.Services.AddApiKeyProtection();
builder.Services.AddOpenApi(options => options
    .AddDocumentTransformer<ApiDocumentTransformer>()
    .AddOperationTransformer<WriteOperationTransformer>());
builder.AddEdgeLimits();
builder.AddLeagueBackends();
builder.Services.AddOptions<LiveEventsOptions>().BindConfiguration(LiveEventsOptions.SectionName);

var app = builder.Build();

app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseEdgeLimits();
app.UseWebPage();
app.UseApiKeyProtection();
app.UseHeaderPropagation();

app.MapOriginalApi();
app.MapLeagueApi();
app.MapEventsApi();
app.MapCachePeersApi();
app.MapOpenApi();
if (app.Environment.IsDevelopment())
{
    app.MapScalarApiReference();
}

app.MapDefaultEndpoints();

app.Run();
