using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;

namespace LeagueApp.Tests;

// A fixture whose app does not start says which resource failed, in what state, and what it logged.
public sealed class StartFailureTests
{
    [Fact]
    public async Task A_service_that_cannot_start_is_named_with_its_state_and_its_last_log_lines()
    {
        using var cts = new CancellationTokenSource(AppHostStartup.StartLimit);
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.LeagueApp_AppHost>([$"Parameters:api-key={LeagueAppFixture.ApiKey}"], cts.Token);

        // Broken on purpose: a time budget whose mesh route ends before the edge, which stats refuses at start.
        builder.CreateResourceBuilder(builder.Resources.OfType<ProjectResource>().Single(r => r.Name == "stats"))
            .WithEnvironment("Timeouts__MeshRoute", "00:00:10");
        await using var app = await builder.BuildAsync(cts.Token);

        var failure = await Assert.ThrowsAsync<AppHostStartException>(() => app.StartUntilHealthyAsync("frontend", cts.Token));
        await app.StopAsync(CancellationToken.None);

        Assert.StartsWith("stats stopped while the app was starting.", failure.Message, StringComparison.Ordinal);
        Assert.Matches(@"stats: (Exited|FailedToStart|Finished), exit code [1-9]\d*", failure.Message);
        Assert.Contains("Last log lines of stats:", failure.Message, StringComparison.Ordinal);
        Assert.Contains("Timeouts:MeshRoute (00:00:10) must outlast Timeouts:Edge (00:00:30)", failure.Message, StringComparison.Ordinal);

        // The services that wait for stats are named as not started, not as healthy.
        Assert.Matches(@"frontend: (?!Running)\w+", failure.Message);
    }

    [Fact]
    public void A_failed_start_is_told_in_full_to_the_first_test_and_pointed_to_by_the_others()
    {
        var failure = new StartFailure(new AppHostStartException("stats stopped while the app was starting. stats: Finished, exit code 134."));

        var first = Assert.Throws<AppHostStartException>(() => StartFailure.Guard<object>(failure, null));
        var second = Assert.Throws<AppHostStartException>(() => StartFailure.Guard<object>(failure, null));

        Assert.Equal("stats stopped while the app was starting. stats: Finished, exit code 134.", first.Message);
        Assert.Equal("The AppHost of this collection did not start; the first failing test of the collection says why.", second.Message);
        Assert.Same("started", StartFailure.Guard<string>(null, "started"));
    }
}
