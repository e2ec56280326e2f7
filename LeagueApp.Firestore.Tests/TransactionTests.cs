using LeagueApp.Firestore.Tests.Infrastructure;

namespace LeagueApp.Firestore.Tests;

[Collection(EmulatorCollection.Name)]
public sealed class TransactionTests(EmulatorFixture emulator) : IDisposable
{
    private readonly FirestoreTestHost _host = emulator.CreateHost();
    private readonly string _teams = Collections.Unique("Teams");

    private IFirestoreClient Client => _host.Client;

    [Fact]
    public async Task A_transfer_reads_modifies_and_writes_both_teams_atomically()
    {
        await Client.CommitAsync(
        [
            Write.Create(_teams, "arsenal", new DocumentFields { ["capital"] = 100 }),
            Write.Create(_teams, "chelsea", new DocumentFields { ["capital"] = 50 }),
        ]);

        var paid = await Client.RunTransactionAsync(async (transaction, ct) =>
        {
            var teams = await transaction.GetAllAsync(_teams, ["arsenal", "chelsea"], ct);
            var buyer = teams[0]!;
            const long fee = 40;
            transaction.Update(_teams, "arsenal", new DocumentFields { ["capital"] = buyer.Fields.GetInt64("capital") - fee }, Precondition.UpdatedAt(buyer.UpdateTime!.Value));
            transaction.Increment(_teams, "chelsea", "capital", fee);
            return fee;
        });

        var after = await Client.BatchGetAsync(_teams, ["arsenal", "chelsea"]);
        Assert.Equal(40, paid);
        Assert.Equal(60, after[0]!.Fields.GetInt64("capital"));
        Assert.Equal(90, after[1]!.Fields.GetInt64("capital"));
    }

    [Fact]
    public async Task A_transaction_that_only_reads_commits_and_returns_its_result()
    {
        await Client.CreateAsync(_teams, "arsenal", new DocumentFields { ["capital"] = 100 });

        // The emulator answers the empty commit without a commit time.
        var capital = await Client.RunTransactionAsync(async (transaction, ct) =>
            (await transaction.GetAllAsync(_teams, ["arsenal", "nobody"], ct))[0]!.Fields.GetInt64("capital"));

        Assert.Equal(100, capital);
        Assert.Empty((await Client.CommitAsync([])).UpdateTimes);
    }

    [Fact]
    public async Task A_query_inside_a_transaction_sees_the_documents()
    {
        await Client.CommitAsync(
        [
            Write.Create(_teams, "a", new DocumentFields { ["league"] = "PL", ["capital"] = 10 }),
            Write.Create(_teams, "b", new DocumentFields { ["league"] = "PL", ["capital"] = 20 }),
        ]);

        var total = await Client.RunTransactionAsync(async (transaction, ct) =>
        {
            var teams = await transaction.RunQueryAsync(new FirestoreQuery(_teams).Where("league", FieldOperator.Equal, "PL"), ct);
            var sum = teams.Sum(team => team.Fields.GetInt64("capital"));
            transaction.Set(_teams, "summary", new DocumentFields { ["capital"] = sum });
            return sum;
        });

        Assert.Equal(30, total);
        Assert.Equal(30, (await Client.GetAsync(_teams, "summary"))!.Fields.GetInt64("capital"));
    }

    [Fact]
    public async Task A_failing_body_writes_nothing_rethrows_and_releases_its_locks()
    {
        await Client.CreateAsync(_teams, "arsenal", new DocumentFields { ["capital"] = 100 });

        await Assert.ThrowsAsync<InvalidOperationException>(() => Client.RunTransactionAsync<bool>(async (transaction, ct) =>
        {
            await transaction.GetAsync(_teams, "arsenal", ct);
            transaction.Update(_teams, "arsenal", new DocumentFields { ["capital"] = 0 });
            throw new InvalidOperationException("Budget rules broken.");
        }));

        // A lock left behind would make this write wait for the transaction to expire.
        using var quick = emulator.CreateHost(options => options.RequestTimeout = TimeSpan.FromSeconds(3));
        await quick.Client.PatchAsync(_teams, "arsenal", new DocumentFields { ["capital"] = 99 });
        Assert.Equal(99, (await Client.GetAsync(_teams, "arsenal"))!.Fields.GetInt64("capital"));
    }

    [Fact]
    public async Task A_failed_commit_precondition_is_not_retried()
    {
        var attempts = 0;

        await Assert.ThrowsAsync<FirestoreNotFoundException>(() => Client.RunTransactionAsync(async (transaction, ct) =>
        {
            attempts++;
            await transaction.GetAsync(_teams, "missing", ct);
            transaction.Update(_teams, "missing", new DocumentFields { ["capital"] = 1 });
            return true;
        }));

        Assert.Equal(1, attempts);
        Assert.Null(await Client.GetAsync(_teams, "missing"));
    }

    [Fact]
    public async Task Reading_after_writing_is_refused()
    {
        await Assert.ThrowsAsync<InvalidOperationException>(() => Client.RunTransactionAsync(async (transaction, ct) =>
        {
            transaction.Create(_teams, "a", DocumentFields.Empty);
            return await transaction.GetAsync(_teams, "a", ct);
        }));

        Assert.Null(await Client.GetAsync(_teams, "a"));
    }

    [Fact]
    public async Task A_caller_cancellation_stays_an_operation_canceled_exception()
    {
        using var cancel = new CancellationTokenSource();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Client.RunTransactionAsync(async (transaction, ct) =>
        {
            await cancel.CancelAsync();
            return await transaction.GetAsync(_teams, "a", ct);
        }, cancel.Token));
    }

    [Fact]
    public async Task A_transaction_that_outlives_its_timeout_throws_unavailable()
    {
        using var hasty = emulator.CreateHost(options => options.TransactionTimeout = TimeSpan.FromMilliseconds(300));

        var error = await Assert.ThrowsAsync<FirestoreUnavailableException>(() => hasty.Client.RunTransactionAsync(async (transaction, ct) =>
        {
            await Task.Delay(TimeSpan.FromSeconds(5), ct);
            return true;
        }));

        Assert.Equal("DEADLINE_EXCEEDED", error.Status);
    }

    public void Dispose() => _host.Dispose();
}
