using System.Diagnostics;
using LeagueApp.Firestore.Tests.Infrastructure;
using Xunit.Abstractions;

namespace LeagueApp.Firestore.Tests;

/// <summary>
/// Read-modify-write transactions that all increment one counter field, against the real emulator
/// with the default options. Durations are printed, never asserted.
/// </summary>
[Collection(EmulatorCollection.Name)]
public sealed class ContentionTests(EmulatorFixture emulator, ITestOutputHelper output) : IDisposable
{
    private const int Runs = 5;

    private readonly FirestoreTestHost _host = emulator.CreateHost();

    private IFirestoreClient Client => _host.Client;

    [Fact]
    public async Task Twenty_concurrent_increments_of_one_document_all_succeed_in_every_run()
    {
        for (var run = 1; run <= Runs; run++)
        {
            var outcome = await IncrementConcurrentlyAsync(writers: 20);

            output.WriteLine($"run {run}: {outcome}");
            Assert.Empty(outcome.Failures);
            Assert.Equal(20, outcome.FinalValue);
        }
    }

    [Fact]
    public async Task Fifty_concurrent_increments_succeed_or_fail_clearly_and_lose_no_update()
    {
        var outcome = await IncrementConcurrentlyAsync(writers: 50);

        output.WriteLine(outcome.ToString());

        // Whatever gave up says so with the client's exceptions: a 409 or a 503 for the app's callers.
        Assert.All(outcome.Failures, failure => Assert.True(
            failure is FirestoreAbortedException or FirestoreUnavailableException { Status: "DEADLINE_EXCEEDED" },
            $"Unexpected failure: {failure}"));
        Assert.Equal(outcome.Successes, outcome.FinalValue);
    }

    private async Task<ContentionOutcome> IncrementConcurrentlyAsync(int writers)
    {
        var collection = Collections.Unique("Counters");
        await Client.CreateAsync(collection, "counter", new DocumentFields { ["value"] = 0 });
        var attempts = 0;
        var watch = Stopwatch.StartNew();

        var results = await Task.WhenAll(Enumerable.Range(0, writers).Select(async _ =>
        {
            try
            {
                await Client.RunTransactionAsync(async (transaction, ct) =>
                {
                    Interlocked.Increment(ref attempts);
                    var counter = await transaction.GetAsync(collection, "counter", ct);
                    transaction.Update(collection, "counter", new DocumentFields { ["value"] = counter!.Fields.GetInt64("value") + 1 });
                    return true;
                });
                return null;
            }
            catch (FirestoreException ex)
            {
                return ex;
            }
        }));

        var elapsed = watch.Elapsed;
        var failures = results.OfType<FirestoreException>().ToList();
        var final = (await Client.GetAsync(collection, "counter"))!.Fields.GetInt64("value");
        return new ContentionOutcome(writers, writers - failures.Count, failures, attempts, final, elapsed);
    }

    public void Dispose() => _host.Dispose();

    private sealed record ContentionOutcome(
        int Writers, int Successes, IReadOnlyList<FirestoreException> Failures, int Attempts, long FinalValue, TimeSpan Elapsed)
    {
        public override string ToString() =>
            $"{Successes} of {Writers} succeeded, {Failures.Count} failed ({string.Join(", ", Failures.Select(f => f.Status).Distinct())}), "
            + $"{Attempts} attempts, final value {FinalValue}, {Elapsed.TotalSeconds:0.0} s";
    }
}
