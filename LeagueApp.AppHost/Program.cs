var builder = DistributedApplication.CreateBuilder(args);

var firestore = builder.AddFirestore("firestore");

// Writes need this key. A local run generates one (the dashboard shows it under Parameters);
// a cluster reads it from a Kubernetes Secret.
var apiKey = builder.AddParameter("api-key", new GenerateParameterDefault { MinLength = 24, Special = false }, secret: true);

var stats = builder.AddProject<Projects.LeagueApp_Stats>("stats")
    .WithReference(firestore)
    .WaitFor(firestore)
    .WithHttpHealthCheck("/health");

var playerops = builder.AddProject<Projects.LeagueApp_PlayerOps>("playerops")
    .WithReference(firestore)
    .WithEnvironment("Security__ApiKey", apiKey)
    .WaitFor(firestore)
    .WithHttpHealthCheck("/health");

var transfer = builder.AddProject<Projects.LeagueApp_Transfer>("transfer")
    .WithReference(firestore)
    .WithEnvironment("Security__ApiKey", apiKey)
    .WaitFor(firestore)
    .WithHttpHealthCheck("/health");

if (builder.ExecutionContext.IsRunMode)
{
    // The emulator starts empty on every run: fill it with the 2018/19 season.
    playerops.WithEnvironment("Seed__OnStartup", "true");
}

builder.AddProject<Projects.LeagueApp_Frontend>("frontend")
    .WithEnvironment("Security__ApiKey", apiKey)
    .WithReference(stats).WaitFor(stats)
    .WithReference(playerops).WaitFor(playerops)
    .WithReference(transfer).WaitFor(transfer)
    .WithHttpHealthCheck("/health")
    // The one public entry, on the port the original container used.
    .WithEndpoint("http", endpoint => endpoint.Port = 8080)
    .WithExternalHttpEndpoints();

builder.Build().Run();
