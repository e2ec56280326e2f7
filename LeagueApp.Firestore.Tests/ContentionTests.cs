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

    // Like a transfer: each moves money from one shared account to one of its own, in two reads (the first
    // begins the transaction, by a query or a get) and two writes. Whichever read takes the shared
    // account, a read outside the transaction would let two transfers spend the same balance.
    [Theory]
    [InlineData(false, false)]
    [InlineData(false, true)]
    [InlineData(true, false)]
    [InlineData(true, true)]
    public async Task Twenty_concurrent_transfers_from_one_account_lose_no_money_whichever_read_begins_them(bool queryFirst, bool sharedFirst)
    {
        const int Transfers = 20;
        const long Price = 10;
        var accounts = Collections.Unique("Accounts");
        var owners = Enumerable.Range(0, Transfers).Select(i => $"client-{i}").Prepend("bank").ToList();
        await Client.CommitAsync([.. owners.Select(owner => Write.Create(accounts, owner, new DocumentFields { ["owner"] = owner, ["balance"] = owner == "bank" ? 1000 : 0 }))]);
        var attempts = 0;
        var watch = Stopwatch.StartNew();

        await Task.WhenAll(owners.Skip(1).Select(client => Client.RunTransactionAsync(async (transaction, ct) =>
        {
            Interlocked.Increment(ref attempts);
            var first = sharedFirst ? "bank" : client;
            var begun = queryFirst
                ? (await transaction.RunQueryAsync(new FirestoreQuery(accounts).Where("owner", FieldOperator.Equal, first), ct)).Single()
                : (await transaction.GetAsync(accounts, first, ct))!;
            var other = (await transaction.GetAsync(accounts, sharedFirst ? client : "bank", ct))!;
            var (bank, own) = sharedFirst ? (begun, other) : (other, begun);
            transaction.Update(accounts, "bank", new DocumentFields { ["balance"] = bank.Fields.GetInt64("balance") - Price });
            transaction.Update(accounts, client, new DocumentFields { ["balance"] = own.Fields.GetInt64("balance") + Price });
            return true;
        })));

        var after = await Client.BatchGetAsync(accounts, owners);
        output.WriteLine($"{Transfers} transfers, the {(sharedFirst ? "shared" : "own")} account read first by a {(queryFirst ? "query" : "get")}: {attempts} attempts, {watch.Elapsed.TotalSeconds:0.0} s");
        Assert.Equal(1000 - (Transfers * Price), after[0]!.Fields.GetInt64("balance"));
        Assert.All(after.Skip(1), account => Assert.Equal(Price, account!.Fields.GetInt64("balance")));
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
