using System.Collections.Concurrent;
using LeagueApp.Firestore.Tests.Infrastructure;

namespace LeagueApp.Firestore.Tests;

[Collection(EmulatorCollection.Name)]
public sealed class ListenTests(EmulatorFixture emulator) : IDisposable
{
    // A change reaches a listener within milliseconds on the emulator; this only bounds a failure.
    private static readonly TimeSpan SnapshotTimeout = TimeSpan.FromSeconds(15);

    private readonly FirestoreTestHost _host = emulator.CreateHost();
    private readonly string _players = Collections.Unique("Players");
    private readonly CancellationTokenSource _stop = new(TimeSpan.FromMinutes(1));

    private IFirestoreClient Client => _host.Client;

    [Fact]
    public async Task The_first_snapshot_holds_the_collection_and_each_commit_brings_its_changes()
    {
        await Client.CommitAsync(
        [
            Write.Create(_players, "salah", new DocumentFields { ["goals"] = 10 }),
            Write.Create(_players, "kane", new DocumentFields { ["goals"] = 20 }),
        ]);
        await using var listen = Client.ListenAsync(new FirestoreQuery(_players), _stop.Token).GetAsyncEnumerator(_stop.Token);

        var first = await NextAsync(listen);
        Assert.Equal(["kane", "salah"], first.Documents.Select(document => document.Id));
        Assert.Equal([(DocumentChangeKind.Added, "kane"), (DocumentChangeKind.Added, "salah")], Changes(first));

        var commit = await Client.CommitAsync(
        [
            Write.Create(_players, "son", new DocumentFields { ["goals"] = 5 }),
            Write.Update(_players, "salah", new DocumentFields { ["goals"] = 11 }),
            Write.Delete(_players, "kane"),
        ]);

        var second = await NextAsync(listen);
        Assert.Equal([(DocumentChangeKind.Removed, "kane"), (DocumentChangeKind.Added, "son"), (DocumentChangeKind.Modified, "salah")], Changes(second));
        Assert.Equal(["salah", "son"], second.Documents.Select(document => document.Id));
        Assert.Equal(11, second.Documents[0].Fields.GetInt64("goals"));
        Assert.True(second.ReadTime >= commit.CommitTime, $"read time {second.ReadTime:O} before the commit at {commit.CommitTime:O}");
        Assert.True(second.ReadTime > first.ReadTime);
    }

    [Fact]
    public async Task A_projected_listen_holds_only_the_selected_fields_and_sees_every_change()
    {
        await Client.CreateAsync(_players, "salah", new DocumentFields { ["goals"] = 10, ["team"] = "Liverpool" });
        var names = new FirestoreQuery(_players).Select();
        var goals = new FirestoreQuery(_players).Select("goals");
        await using var listen = Client.ListenAsync([names, goals], onStatus: null, _stop.Token).GetAsyncEnumerator(_stop.Token);

        var first = await NextAsync(listen);
        Assert.Empty(first.Queries[0].Documents.Single().Fields);
        Assert.Equal(["goals"], first.Queries[1].Documents.Single().Fields.Keys);

        // A field outside the projection changes: both queries report the document modified.
        await Client.PatchAsync(_players, "salah", new DocumentFields { ["team"] = "Chelsea" });
        var second = await NextAsync(listen);
        Assert.All(second.Queries, query => Assert.Equal([(DocumentChangeKind.Modified, "salah")], Changes(query)));
        Assert.Equal(10, second.Queries[1].Documents.Single().Fields.GetInt64("goals"));
    }

    [Fact]
    public async Task A_query_listen_sees_documents_enter_and_leave_the_result()
    {
        await Client.CreateAsync(_players, "salah", new DocumentFields { ["goals"] = 5 });
        var scorers = new FirestoreQuery(_players).Where("goals", FieldOperator.GreaterThanOrEqual, 10);
        await using var listen = Client.ListenAsync(scorers, _stop.Token).GetAsyncEnumerator(_stop.Token);

        Assert.Empty((await NextAsync(listen)).Documents);

        await Client.PatchAsync(_players, "salah", new DocumentFields { ["goals"] = 12 });
        Assert.Equal([(DocumentChangeKind.Added, "salah")], Changes(await NextAsync(listen)));

        await Client.PatchAsync(_players, "salah", new DocumentFields { ["goals"] = 3 });
        var left = await NextAsync(listen);
        Assert.Equal([(DocumentChangeKind.Removed, "salah")], Changes(left));
        Assert.Empty(left.Documents);
    }

    [Fact]
    public async Task A_dropped_stream_reconnects_and_delivers_the_changes_made_while_it_was_down()
    {
        using var network = new TcpProxy(emulator.Endpoint);
        using var listener = FirestoreTestHost.Create($"Endpoint={network.Endpoint};ProjectId={EmulatorFixture.ProjectId}");
        await Client.CreateAsync(_players, "salah", new DocumentFields { ["goals"] = 10 });
        var statuses = new ConcurrentQueue<ListenStatus>();
        await using var listen = listener.Client.ListenAsync(new FirestoreQuery(_players), statuses.Enqueue, _stop.Token).GetAsyncEnumerator(_stop.Token);
        Assert.Single((await NextAsync(listen)).Documents);

        network.Cut();
        var pending = listen.MoveNextAsync().AsTask();
        await Client.CreateAsync(_players, "kane", new DocumentFields { ["goals"] = 20 });
        await Client.PatchAsync(_players, "salah", new DocumentFields { ["goals"] = 11 });

        // Long enough for the broken stream to fail and a reconnect or two to be turned away.
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.False(pending.IsCompleted);
        network.Restore();

        Assert.True(await pending.WaitAsync(SnapshotTimeout));
        var resumed = listen.Current;
        Assert.Equal([(DocumentChangeKind.Added, "kane"), (DocumentChangeKind.Modified, "salah")], Changes(resumed));
        Assert.Equal(11, resumed.Documents.Single(document => document.Id == "salah").Fields.GetInt64("goals"));

        await Client.DeleteAsync(_players, "kane");
        Assert.Equal([(DocumentChangeKind.Removed, "kane")], Changes(await NextAsync(listen)));

        // Current after the first snapshot; interrupted (once per failed stream) while cut; current again
        // once resumed (told when the listener came back for more, after taking the resumed snapshot).
        var seen = statuses.ToArray();
        Assert.Equal(ListenStatus.Current, seen[0]);
        Assert.Contains(ListenStatus.Interrupted, seen);
        Assert.Equal(ListenStatus.Current, seen[^1]);
    }

    [Fact]
    public async Task Queries_on_one_stream_move_on_together_and_a_commit_to_both_comes_as_one_snapshot()
    {
        var teams = Collections.Unique("Teams");
        await Client.CreateAsync(teams, "Arsenal", new DocumentFields { ["points"] = 3 });
        await using var listen = Client.ListenAsync([new FirestoreQuery(_players), new FirestoreQuery(teams)], onStatus: null, _stop.Token)
            .GetAsyncEnumerator(_stop.Token);

        var first = await NextAsync(listen);
        Assert.Empty(first.Queries[0].Documents);
        Assert.Equal(["Arsenal"], first.Queries[1].Documents.Select(document => document.Id));

        // A change to one query alone still moves the other's read time on: it is consistent up to it too.
        var players = await Client.CommitAsync([Write.Create(_players, "salah", new DocumentFields { ["goals"] = 10 })]);
        var second = await NextAsync(listen);
        Assert.Equal([(DocumentChangeKind.Added, "salah")], Changes(second.Queries[0]));
        Assert.Empty(second.Queries[1].Changes);
        Assert.All(second.Queries, query => Assert.Equal(second.ReadTime, query.ReadTime));
        Assert.True(second.ReadTime >= players.CommitTime, $"read time {second.ReadTime:O} before the commit at {players.CommitTime:O}");

        await Client.CommitAsync(
        [
            Write.Delete(_players, "salah"),
            Write.Update(teams, "Arsenal", new DocumentFields { ["points"] = 6 }),
        ]);
        var both = await NextAsync(listen);
        Assert.Equal([(DocumentChangeKind.Removed, "salah")], Changes(both.Queries[0]));
        Assert.Equal([(DocumentChangeKind.Modified, "Arsenal")], Changes(both.Queries[1]));
    }

    [Fact]
    public async Task Cancelling_ends_the_listen_with_an_operation_canceled_exception()
    {
        using var cancel = new CancellationTokenSource();
        await using var listen = Client.ListenAsync(new FirestoreQuery(_players), cancel.Token).GetAsyncEnumerator(cancel.Token);
        await NextAsync(listen);

        var waiting = listen.MoveNextAsync().AsTask();
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
    }

    [Fact]
    public async Task A_query_firestore_refuses_ends_the_listen_with_its_error()
    {
        var invalid = new FirestoreQuery(_players).Where("tags", FieldOperator.In, new ArrayValue()).Limit(1);

        var error = await Assert.ThrowsAnyAsync<FirestoreException>(async () =>
        {
            await foreach (var snapshot in Client.ListenAsync(invalid, _stop.Token))
            {
                Assert.Fail($"A snapshot of a refused query arrived: {snapshot}");
            }
        });

        Assert.Equal("INVALID_ARGUMENT", error.Status);
    }

    public void Dispose()
    {
        _stop.Dispose();
        _host.Dispose();
    }

    private static async Task<T> NextAsync<T>(IAsyncEnumerator<T> listen)
    {
        Assert.True(await listen.MoveNextAsync().AsTask().WaitAsync(SnapshotTimeout));
        return listen.Current;
    }

    private static (DocumentChangeKind, string)[] Changes(QuerySnapshot snapshot) =>
        [.. snapshot.Changes.Select(change => (change.Kind, change.Document.Id))];
}
