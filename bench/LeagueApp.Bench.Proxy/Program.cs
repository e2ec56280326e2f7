// The edge a user could put in front of the stats service instead of our frontend: YARP as its
// documentation sets it up, routes from configuration, nothing else in the pipeline.
// bench/run.sh sets the stats service's address and the port at run time.
var builder = WebApplication.CreateBuilder(args);

builder.Services.AddReverseProxy().LoadFromConfig(builder.Configuration.GetSection("ReverseProxy"));

var app = builder.Build();

app.MapReverseProxy();

app.Run();
