using LeagueApp.Data;
using LeagueApp.Data.Changes;
using LeagueApp.Firestore;
using LeagueApp.Timeouts;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace LeagueApp.Tests;

// The time limits nest (docs/reliability.md#time-limits): each outer one outlasts the ones inside it.
public sealed class TimeoutBudgetTests
{
    [Fact]
    public void The_default_budget_nests()
    {
        Assert.Empty(new TimeoutBudget().Problems());
    }

    [Fact]
    public void An_edge_that_ends_before_a_write_and_its_wait_for_the_caches_is_refused()
    {
        var budget = new TimeoutBudget { Edge = TimeSpan.FromSeconds(27) };

        var problem = Assert.Single(budget.Problems(), p => p.Contains("PlayerOps", StringComparison.Ordinal));
        Assert.Contains("Timeouts:Edge (00:00:27) must outlast Timeouts:PlayerOps:HopAttempt + WriteVisibility (00:00:27)", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_mesh_route_that_does_not_outlast_the_edge_is_refused()
    {
        var budget = new TimeoutBudget { MeshRoute = TimeSpan.FromSeconds(30) };

        var problem = Assert.Single(budget.Problems());
        Assert.Contains("Timeouts:MeshRoute (00:00:30) must outlast Timeouts:Edge (00:00:30)", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_mesh_attempt_that_would_cut_a_read_or_the_event_stream_short_is_refused()
    {
        var budget = new TimeoutBudget { MeshRetryAttempt = TimeSpan.FromSeconds(10) };

        var problems = budget.Problems();

        Assert.Equal(2, problems.Count);
        Assert.Contains("Timeouts:MeshRetryAttempt (00:00:10) must outlast Timeouts:Stats:Hop (00:00:13)", problems[0], StringComparison.Ordinal);
        Assert.Contains("Timeouts:MeshRetryAttempt (00:00:10) must outlast Timeouts:EventStream (00:00:12)", problems[1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_transfer_that_may_queue_and_then_transact_longer_than_the_frontend_waits_is_refused()
    {
        var budget = new TimeoutBudget();
        budget.Transfer.Queue = TimeSpan.FromSeconds(12);

        var problem = Assert.Single(budget.Problems());
        Assert.Contains("Timeouts:Transfer:HopAttempt (00:00:20) must outlast Timeouts:Transfer:Queue", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_firestore_call_longer_than_an_operation_and_a_hop_shorter_than_its_attempt_are_both_named()
    {
        var budget = new TimeoutBudget { FirestoreCall = TimeSpan.FromSeconds(6) };
        budget.PlayerOps.Hop = TimeSpan.FromSeconds(19);

        var problems = budget.Problems();

        Assert.Contains(problems, p => p.StartsWith("Timeouts:FirestoreCall (00:00:06) must be at most Timeouts:Stats:Operation", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("Timeouts:PlayerOps:Hop (00:00:19) must be at least Timeouts:PlayerOps:HopAttempt", StringComparison.Ordinal));
    }

    [Fact]
    public void A_backend_takes_its_firestore_limits_from_the_budget_over_the_firestore_section()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Firestore:RequestTimeout"] = "00:00:09",
            ["Firestore:OperationTimeout"] = "00:00:50",
            ["Timeouts:Transfer:Transaction"] = "00:00:09",
        });
        builder.Services.AddOptions<FirestoreOptions>().BindConfiguration(FirestoreOptions.SectionName);
        builder.AddBackendTimeouts(budget => budget.Transfer);
        using var host = builder.Build();

        var firestore = host.Services.GetRequiredService<IOptions<FirestoreOptions>>().Value;

        Assert.Equal(TimeSpan.FromSeconds(5), firestore.RequestTimeout);
        Assert.Equal(TimeSpan.FromSeconds(10), firestore.OperationTimeout);
        Assert.Equal(TimeSpan.FromSeconds(9), firestore.TransactionTimeout);
    }

    [Fact]
    public void A_service_whose_budget_does_not_nest_does_not_start_and_says_why()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Timeouts:MeshRoute"] = "00:00:10" });
        builder.AddTimeoutBudget();
        using var host = builder.Build();

        var failure = Assert.Throws<OptionsValidationException>(() => host.Services.GetRequiredService<IOptions<TimeoutBudget>>().Value);
        Assert.Contains("Timeouts:MeshRoute (00:00:10) must outlast Timeouts:Edge", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_budget_is_registered_once_however_many_parts_of_a_service_ask_for_it()
    {
        var once = Host.CreateApplicationBuilder();
        once.AddTimeoutBudget();
        var twice = Host.CreateApplicationBuilder();
        twice.AddTimeoutBudget().AddTimeoutBudget();

        Assert.Equal(once.Services.Count, twice.Services.Count);
    }

    [Fact]
    public void Cache_leases_whose_write_wait_exceeds_the_budget_are_refused()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:firestore"] = "Endpoint=http://127.0.0.1:9;ProjectId=timeout-budget-test",
            ["CacheLeases:Duration"] = "00:00:06",
        });
        builder.AddLeagueChangeFeed();
        using var host = builder.Build();

        var failure = Assert.Throws<OptionsValidationException>(() => host.Services.GetRequiredService<IOptions<CacheLeaseOptions>>().Value);
        Assert.Contains("a write may wait 9 s (PeerTimeout + Duration", failure.Message, StringComparison.Ordinal);
        Assert.Contains("Timeouts:WriteVisibility (7 s)", failure.Message, StringComparison.Ordinal);
    }
}
