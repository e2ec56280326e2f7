using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using LeagueApp.Hosting.Kubernetes;
using LeagueApp.Manifests.Tests.Infrastructure;

namespace LeagueApp.Manifests.Tests;

/// <summary>The AppHost's time budget (section "Timeouts") reaches every service and the mesh, or stops the model when it does not nest.</summary>
public sealed class TimeoutBudgetModelTests
{
    private static readonly TimeSpan ModelTimeout = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task Limits_set_for_the_apphost_reach_every_service_and_the_mesh_route()
    {
        using var timeout = new CancellationTokenSource(ModelTimeout);
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.LeagueApp_AppHost>(
            ["--operation", "publish", "Timeouts:Edge=00:00:40", "Timeouts:MeshRetryAttempt=00:00:20", "Timeouts:MeshRoute=00:00:45"], timeout.Token);

        var services = builder.Resources.OfType<ProjectResource>().ToList();
        Assert.Equal(4, services.Count);
        foreach (var service in services)
        {
            var environment = await ManifestsFixture.PublishEnvironmentAsync(service);
            Assert.Equal("00:00:40", environment.GetValueOrDefault("Timeouts__Edge"));
            Assert.Equal("00:00:45", environment.GetValueOrDefault("Timeouts__MeshRoute"));
            var workload = Assert.Single(service.Annotations.OfType<GkeWorkloadAnnotation>());
            Assert.Equal(TimeSpan.FromSeconds(45), workload.Options.RequestTimeout);
            Assert.Equal(TimeSpan.FromSeconds(20), workload.Options.RetryAttemptTimeout);
        }
    }

    [Fact]
    public async Task A_budget_that_does_not_nest_stops_the_model_and_names_the_limits()
    {
        using var timeout = new CancellationTokenSource(ModelTimeout);

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => DistributedApplicationTestingBuilder.CreateAsync<Projects.LeagueApp_AppHost>(
            ["--operation", "publish", "Timeouts:MeshRoute=00:00:20"], timeout.Token));

        Assert.Contains("Timeouts:MeshRoute (00:00:20) must outlast Timeouts:Edge (00:00:30)", failure.Message, StringComparison.Ordinal);
    }
}
