using LeagueApp.AppHost;
using LeagueApp.AppHost.Commands;
using LeagueApp.Hosting.Kubernetes;

var builder = DistributedApplication.CreateBuilder(args);

// In the cluster: Firestore itself, reached with Workload Identity (or the original's key file).
var firestore = builder.AddFirestore("firestore")
    .PublishAsGoogleCloudApi(new GoogleKeyFile("firestore-secret", "service_account_key", "Firestore__CredentialsFile"), "firestore.googleapis.com");

// Where `--operation publish --step kubernetes-manifests` deploys to (docs/deployment.md).
builder.AddGkeEnvironment("leagueapp", k =>
{
    k.ImageRegistry = "europe-west1-docker.pkg.dev/apps-microservices/leagueapp";
    k.GcpProjectId = firestore.Resource.ProjectId;
});

// Writes need this key. A local run generates one (the dashboard shows it under Parameters);
// a cluster reads it from a Kubernetes Secret.
var apiKey = builder.AddParameter("api-key", new GenerateParameterDefault { MinLength = 24, Special = false }, secret: true);

// One budget of time limits for every service and the mesh (docs/reliability.md#time-limits).
var timeouts = builder.GetTimeoutBudget();

var stats = builder.AddProject<Projects.LeagueApp_Stats>("stats")
    .WithFirestore(firestore)
    .WithLeagueDefaults(apiKey, timeouts)
    .WithGkeWorkload(k => k.Replicas = WorkloadReplicas.Autoscaled(min: 2, max: 6));

var playerops = builder.AddProject<Projects.LeagueApp_PlayerOps>("playerops")
    .WithFirestore(firestore)
    .WithLeagueDefaults(apiKey, timeouts)
    .WithGkeWorkload(k => k.Replicas = WorkloadReplicas.Autoscaled(min: 2, max: 3));

var transfer = builder.AddProject<Projects.LeagueApp_Transfer>("transfer")
    .WithFirestore(firestore)
    .WithLeagueDefaults(apiKey, timeouts)
    .WithGkeWorkload(k => k.Replicas = WorkloadReplicas.Autoscaled(min: 2, max: 3));

if (builder.ExecutionContext.IsRunMode)
{
    // The emulator starts empty on every run: fill it with the 2018/19 season.
    playerops.WithEnvironment("Seed__OnStartup", "true");
}

var frontend = builder.AddProject<Projects.LeagueApp_Frontend>("frontend")
    .WithFirestore(firestore) // to follow the league's changes (its read cache, the live page)
    .WithReference(stats).WaitFor(stats)
    .WithReference(playerops).WaitFor(playerops)
    .WithReference(transfer).WaitFor(transfer)
    .WithLeagueDefaults(apiKey, timeouts)
    .WithGkeWorkload(k =>
    {
        k.ServicePort = 80; // as the original's Service
        k.Replicas = WorkloadReplicas.Autoscaled(min: 2, max: 6);
        k.IngressRoutes = PublicRoutes.Frontend(new Projects.LeagueApp_Frontend());
        k.PeerPaths = [FrontendPeers.CachesWrittenPath];
    })
    // The one public entry, on the port the original container used.
    .WithEndpoint("http", endpoint => endpoint.Port = 8080)
    .WithExternalHttpEndpoints()
    .WithWebPageAndApiReferenceUrls();

// Dashboard commands for developers (docs/web.md): reset the data to the seed, import a CSV file.
var admin = new LeagueAdmin(playerops, apiKey);
firestore.WithResetToSeedCommand(admin);
playerops.WithImportCsvCommand(admin, builder.AppHostDirectory);

builder.Build().Run();
