using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;

namespace LeagueApp.Tests;

// The league as the cluster runs it: two instances of the frontend and of stats, each frontend with a
// cache of its own. Tests reach each frontend instance at its own address, not only through the
// shared endpoint that spreads requests over them.
public sealed class ReplicasFixture : LeagueAppFixture
{
    public const int Replicas = 2;

    // The shared endpoint is healthy once one instance is; the other may still be starting on a busy machine.
    private static readonly TimeSpan InstancesTimeout = TimeSpan.FromMinutes(2);

    private IReadOnlyList<HttpClient>? _frontendInstances;
    private IReadOnlyList<ResourceProcesses>? _frontendProcesses;

    /// <summary>Each frontend instance, with the API key, in a fixed order.</summary>
    public IReadOnlyList<HttpClient> FrontendInstances => Started(_frontendInstances);

    /// <summary>The processes of each frontend instance, in the order of <see cref="FrontendInstances"/>.</summary>
    public IReadOnlyList<ResourceProcesses> FrontendProcesses => Started(_frontendProcesses);

    protected override void Configure(IDistributedApplicationTestingBuilder builder)
    {
        foreach (var name in new[] { "frontend", "stats" })
        {
            builder.CreateResourceBuilder(builder.Resources.OfType<ProjectResource>().Single(r => r.Name == name)).WithReplicas(Replicas);
        }
    }

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        if (!IsStarted)
        {
            return;
        }

        try
        {
            var instances = await InstancesAsync("frontend");
            _frontendProcesses = [.. instances.Select(instance => ResourceProcesses.Below(instance.ProcessId))];
            _frontendInstances = [.. instances.Select(instance => instance.Address).Select(address =>
            {
                var client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(60) };
                client.DefaultRequestHeaders.Add("X-Api-Key", ApiKey);
                return client;
            })];
            await Task.WhenAll(_frontendInstances.Select(WaitUntilHealthyAsync));
        }
        catch (Exception e) when (e is TimeoutException or InvalidOperationException)
        {
            FailStart(e);
        }
    }

    private static async Task WaitUntilHealthyAsync(HttpClient instance)
    {
        using var limit = new CancellationTokenSource(InstancesTimeout);
        var last = "no answer yet";
        while (!limit.IsCancellationRequested)
        {
            try
            {
                // The services' readiness endpoint (ServiceDefaults).
                using var health = await instance.GetAsync("/health", limit.Token);
                if (health.IsSuccessStatusCode)
                {
                    return;
                }

                last = $"{(int)health.StatusCode} {await health.Content.ReadAsStringAsync(limit.Token)}";
            }
            catch (Exception e) when (e is HttpRequestException || (e is OperationCanceledException && !limit.IsCancellationRequested))
            {
                last = e.Message;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(250), CancellationToken.None);
        }

        throw new TimeoutException($"The frontend instance at {instance.BaseAddress} was not healthy within {InstancesTimeout.TotalMinutes:0} min: {last}");
    }

    public override async Task DisposeAsync()
    {
        foreach (var client in _frontendInstances ?? [])
        {
            client.Dispose();
        }

        await base.DisposeAsync();
    }

    // DCP gives each replica a port of its own behind the resource's shared endpoint; the replica's
    // ASPNETCORE_URLS holds it.
    private async Task<IReadOnlyList<(Uri Address, int ProcessId)>> InstancesAsync(string resource)
    {
        using var limit = new CancellationTokenSource(InstancesTimeout);
        var addresses = new SortedDictionary<string, (Uri, int)>(StringComparer.Ordinal);
        await foreach (var update in App.ResourceNotifications.WatchAsync(limit.Token))
        {
            if (update.Resource.Name == resource
                && update.Snapshot.State?.Text == KnownResourceStates.Running
                && update.Snapshot.EnvironmentVariables.FirstOrDefault(v => v.Name == "ASPNETCORE_URLS")?.Value is { } urls
                && ResourceProcesses.ProcessId(update.Snapshot) is { } processId)
            {
                addresses[update.ResourceId] = (new Uri(urls.Split(';')[0]), processId);
                if (addresses.Count == Replicas)
                {
                    return [.. addresses.Values];
                }
            }
        }

        throw new InvalidOperationException($"Only {addresses.Count} of {Replicas} {resource} instances were running (with an address and a process id) after {InstancesTimeout.TotalSeconds:0} s.");
    }
}

[CollectionDefinition(Name)]
public sealed class ReplicasCollection : ICollectionFixture<ReplicasFixture>
{
    public const string Name = "League App with replicas";
}
