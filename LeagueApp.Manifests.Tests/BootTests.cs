using System.Net;
using System.Net.Http.Json;
using System.Reflection;
using System.Text.Json;
using k8s.Models;
using LeagueApp.Manifests.Tests.Infrastructure;

namespace LeagueApp.Manifests.Tests;

/// <summary>
/// What we ship is what we test: the four built services start with the settings of their generated
/// ConfigMaps and Secret references (host names and ports swapped for loopback, the emulator as
/// Firestore), and a request through the frontend answers from the database.
/// </summary>
[Collection(ManifestsCollection.Name)]
public sealed class BootTests(ManifestsFixture fixture)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task The_services_run_on_their_generated_settings_and_answer_through_the_frontend()
    {
        using var timeout = new CancellationTokenSource(Timeout);
        var deployments = fixture.Full.App<V1Deployment>().ToList();
        var ports = deployments.ToDictionary(deployment => deployment.Metadata.Name, _ => LoopbackPorts.Free());
        await using var emulator = await FirestoreEmulatorProcess.StartAsync(timeout.Token);
        var firestore = emulator.Endpoint;
        var processes = new List<ChildProcess>();
        string Diagnostics() => string.Join('\n', [emulator.RecentOutput, .. processes.Select(process => process.RecentOutput)]);
        try
        {
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
            foreach (var deployment in deployments)
            {
                var environment = LoopbackEnvironment.For(deployment, fixture.Full, ports, firestore);
                Assert.Equal(ExpectedSwaps(deployment.Metadata.Name), environment.Swapped.Order(StringComparer.Ordinal));
                var variables = new Dictionary<string, string>(environment.Variables);
                if (deployment.Metadata.Name == "playerops")
                {
                    // The emulator starts empty; in a cluster the database already holds the league.
                    variables["Seed__OnStartup"] = "true";
                }

                var assembly = BuiltAssembly(fixture.Project(deployment.Metadata.Name).ProjectPath);
                processes.Add(ChildProcess.Start(deployment.Metadata.Name, "dotnet", [assembly], variables, Path.GetDirectoryName(assembly)!));
            }

            // Each service answers its own probes on the paths the Deployment gives the kubelet.
            foreach (var deployment in deployments)
            {
                var container = deployment.Spec.Template.Spec.Containers.Single();
                foreach (var probe in new[] { container.ReadinessProbe, container.LivenessProbe })
                {
                    var url = new Uri($"http://127.0.0.1:{ports[deployment.Metadata.Name]}{probe.HttpGet.Path}");
                    using var answer = await Http.PollAsync(http, () => new HttpRequestMessage(HttpMethod.Get, url), IsOk, Diagnostics, timeout.Token);
                }
            }

            // The original's curl: a GET with a JSON body, through the frontend to stats and Firestore.
            var bestPosition = new Uri($"http://127.0.0.1:{ports["frontend"]}/bestposition");
            using var response = await Http.PollAsync(http,
                () => new HttpRequestMessage(HttpMethod.Get, bestPosition) { Content = JsonContent.Create(new { position = "Forward" }) },
                async answer => answer.StatusCode == HttpStatusCode.OK && (await Players(answer)).Count == 3,
                Diagnostics, timeout.Token);

            Assert.Equal(["Mohamed Salah", "Sadio Mane", "Sergio Aguero"], (await Players(response)).Order(StringComparer.Ordinal));
            Assert.False(emulator.HasExited, $"The emulator stopped\n{emulator.RecentOutput}");
            Assert.All(processes, process => Assert.False(process.HasExited, $"{process.Name} stopped\n{process.RecentOutput}"));
        }
        finally
        {
            foreach (var process in processes)
            {
                await process.DisposeAsync();
            }
        }
    }

    private static string[] ExpectedSwaps(string service) => service == "frontend"
        ? ["ConnectionStrings__firestore", "HTTP_PORTS", "PLAYEROPS_HTTP", "STATS_HTTP", "TRANSFER_HTTP", "services__playerops__http__0", "services__stats__http__0", "services__transfer__http__0"]
        : ["ConnectionStrings__firestore", "HTTP_PORTS"];

    private static Task<bool> IsOk(HttpResponseMessage response) => Task.FromResult(response.StatusCode == HttpStatusCode.OK);

    private static async Task<List<string>> Players(HttpResponseMessage response)
    {
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.TryGetProperty("Players", out var players) && players.ValueKind == JsonValueKind.Array
            ? players.EnumerateArray().Select(player => player.GetProperty("name").GetString()!).ToList()
            : [];
    }

    // The services are built with the tests (the AppHost references them), in the same configuration.
    private static string BuiltAssembly(string projectPath)
    {
        var configuration = typeof(BootTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()!.Configuration;
        var name = Path.GetFileNameWithoutExtension(projectPath);
        var assembly = Path.Combine(Path.GetDirectoryName(projectPath)!, "bin", configuration, "net10.0", $"{name}.dll");
        Assert.True(File.Exists(assembly), $"{assembly} is not built.");
        return assembly;
    }
}
