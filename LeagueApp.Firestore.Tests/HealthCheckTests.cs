using LeagueApp.Firestore.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace LeagueApp.Firestore.Tests;

[Collection(EmulatorCollection.Name)]
public sealed class HealthCheckTests(EmulatorFixture emulator)
{
    [Fact]
    public async Task The_health_check_reports_the_emulator_as_healthy()
    {
        using var host = emulator.CreateHost();

        var report = await host.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync(check => check.Tags.Contains("ready"));

        Assert.Equal(HealthStatus.Healthy, report.Entries["firestore"].Status);
    }
}
