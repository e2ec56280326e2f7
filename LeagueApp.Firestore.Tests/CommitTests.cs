using LeagueApp.Firestore.Tests.Infrastructure;

namespace LeagueApp.Firestore.Tests;

[Collection(EmulatorCollection.Name)]
public sealed class CommitTests(EmulatorFixture emulator) : IDisposable
{
    private readonly FirestoreTestHost _host = emulator.CreateHost();
    private readonly string _teams = Collections.Unique("Teams");

    private IFirestoreClient Client => _host.Client;

    [Fact]
    public async Task A_commit_applies_creates_sets_updates_increments_and_deletes_together()
    {
        await Client.CommitAsync(
        [
            Write.Create(_teams, "arsenal", new DocumentFields { ["name"] = "Arsenal", ["capital"] = 100 }),
            Write.Create(_teams, "chelsea", new DocumentFields { ["name"] = "Chelsea", ["capital"] = 80 }),
            Write.Create(_teams, "fulham", new DocumentFields { ["name"] = "Fulham" }),
        ]);

        var result = await Client.CommitAsync(
        [
            Write.Set(_teams, "spurs", new DocumentFields { ["name"] = "Spurs" }),
            Write.Update(_teams, "arsenal", new DocumentFields { ["manager"] = "Arteta" }),
            Write.Increment(_teams, "arsenal", "capital", -30),
            Write.Increment(_teams, "chelsea", "capital", 30),
            Write.Delete(_teams, "fulham", Precondition.MustExist),
        ]);

        var teams = await Client.BatchGetAsync(_teams, ["arsenal", "chelsea", "fulham", "spurs"]);
        Assert.Equal(new DocumentFields { ["name"] = "Arsenal", ["capital"] = 70, ["manager"] = "Arteta" }, teams[0]!.Fields);
        Assert.Equal(new DocumentFields { ["name"] = "Chelsea", ["capital"] = 110 }, teams[1]!.Fields);
        Assert.Null(teams[2]);
        Assert.Equal(new DocumentFields { ["name"] = "Spurs" }, teams[3]!.Fields);
        Assert.Equal(5, result.UpdateTimes.Count);
        Assert.Equal(result.CommitTime, teams[0]!.UpdateTime);
    }

    [Fact]
    public async Task A_commit_with_one_failing_precondition_writes_nothing()
    {
        await Client.CreateAsync(_teams, "arsenal", new DocumentFields { ["capital"] = 100 });

        await Assert.ThrowsAsync<FirestoreNotFoundException>(() => Client.CommitAsync(
        [
            Write.Increment(_teams, "arsenal", "capital", -30),
            Write.Create(_teams, "brentford", new DocumentFields { ["capital"] = 10 }),
            Write.Increment(_teams, "missing", "capital", 30),
        ]));

        var teams = await Client.BatchGetAsync(_teams, ["arsenal", "brentford"]);
        Assert.Equal(100, teams[0]!.Fields.GetInt64("capital"));
        Assert.Null(teams[1]);
    }

    [Fact]
    public async Task A_commit_creating_an_existing_document_throws_already_exists_and_writes_nothing()
    {
        await Client.CreateAsync(_teams, "arsenal", new DocumentFields { ["capital"] = 100 });

        await Assert.ThrowsAsync<FirestoreAlreadyExistsException>(() => Client.CommitAsync(
        [
            Write.Set(_teams, "brentford", new DocumentFields { ["capital"] = 10 }),
            Write.Create(_teams, "arsenal", new DocumentFields { ["capital"] = 0 }),
        ]));

        Assert.Null(await Client.GetAsync(_teams, "brentford"));
    }

    [Fact]
    public async Task Update_with_precondition_none_upserts_the_fields()
    {
        await Client.CommitAsync([Write.Update(_teams, "new", new DocumentFields { ["capital"] = 5 }, Precondition.None)]);

        Assert.Equal(5, (await Client.GetAsync(_teams, "new"))!.Fields.GetInt64("capital"));
    }

    [Fact]
    public async Task Transforms_combine_with_a_write_and_increment_doubles_too()
    {
        await Client.CreateAsync(_teams, "arsenal", new DocumentFields { ["rating"] = 1.5, ["capital"] = 1 });

        await Client.CommitAsync(
        [
            Write.Update(_teams, "arsenal", new DocumentFields { ["name"] = "Arsenal" })
                .With(FieldTransform.Increment("rating", 0.25))
                .With(FieldTransform.Increment("capital", 2L)),
        ]);

        Assert.Equal(
            new DocumentFields { ["name"] = "Arsenal", ["rating"] = 1.75, ["capital"] = 3 },
            (await Client.GetAsync(_teams, "arsenal"))!.Fields);
    }

    [Fact]
    public async Task Sentinels_merges_and_path_updates_change_only_the_fields_they_name()
    {
        await Client.CreateAsync(_teams, "arsenal", new DocumentFields
        {
            ["name"] = "Arsenal",
            ["coach"] = "Arteta",
            ["tags"] = new ArrayValue("north", "london"),
            ["stats"] = new MapValue(new DocumentFields { ["won"] = 1, ["lost"] = 2 }),
        });

        var updated = await Client.CommitAsync(
        [
            Write.Update(
                _teams,
                "arsenal",
                [
                    new("stats.won", 2),
                    new("coach", FirestoreValue.Delete),
                    new("updated", FirestoreValue.ServerTimestamp),
                    new("tags", FirestoreValue.ArrayUnion("red", "north")),
                ]),
            Write.Merge(_teams, "spurs", new DocumentFields { ["name"] = "Spurs" }),
        ]);
        await Client.CommitAsync(
        [
            Write.Merge(_teams, "arsenal", new DocumentFields { ["stats"] = new MapValue(new DocumentFields { ["drawn"] = 3 }), ["tags"] = FirestoreValue.ArrayRemove("london") }),
        ]);
        await Client.CommitAsync([Write.Merge(_teams, "arsenal", new DocumentFields { ["name"] = "The Arsenal", ["ignored"] = true }, "name")]);

        var teams = await Client.BatchGetAsync(_teams, ["arsenal", "spurs"]);
        var expected = new DocumentFields
        {
            ["name"] = "The Arsenal",
            ["tags"] = new ArrayValue("north", "red"),
            ["stats"] = new MapValue(new DocumentFields { ["won"] = 2, ["lost"] = 2, ["drawn"] = 3 }),
        };

        // Compared as fields, in any order (Assert.Equal would take them as a sequence). Firestore
        // stamps the commit time; the emulator the request's arrival, a few ms before it.
        Assert.True(expected.Equals(teams[0]!.Fields.Without("updated")), $"{teams[0]!.Fields}");
        Assert.InRange(teams[0]!.Fields.GetTimestamp("updated"), updated.CommitTime.AddSeconds(-5), updated.CommitTime);
        Assert.Equal(new DocumentFields { ["name"] = "Spurs" }, teams[1]!.Fields);
    }

    [Fact]
    public async Task Sentinels_are_refused_where_no_transform_can_go_before_anything_is_sent()
    {
        var stamped = new DocumentFields { ["updated"] = FirestoreValue.ServerTimestamp };

        await Assert.ThrowsAsync<ArgumentException>(() => Client.CreateAsync(_teams, "arsenal", stamped));
        await Assert.ThrowsAsync<ArgumentException>(() => Client.PatchAsync(_teams, "arsenal", stamped));
        Assert.Throws<ArgumentException>(() => Write.Set(_teams, "arsenal", new DocumentFields { ["coach"] = FirestoreValue.Delete }));

        Assert.Empty(await Client.ListAsync(_teams));
    }

    [Fact]
    public async Task A_commit_of_more_than_500_writes_is_refused_before_sending()
    {
        var writes = Enumerable.Range(0, 501).Select(i => Write.Create(_teams, $"t{i}", DocumentFields.Empty)).ToList();

        await Assert.ThrowsAsync<ArgumentException>(() => Client.CommitAsync(writes));

        Assert.Empty(await Client.ListAsync(_teams));
    }

    // Bulk writes go 500 to a commit (as the importer sends them); a list of them pages through to the end.
    [Fact]
    public async Task Writes_committed_500_at_a_time_list_back_whole_and_in_order()
    {
        var writes = Enumerable.Range(0, 1200).Select(i => Write.Create(_teams, $"t{i:0000}", new DocumentFields { ["n"] = i }));

        foreach (var chunk in writes.Chunk(FirestoreClient.MaxWritesPerCommit))
        {
            await Client.CommitAsync(chunk);
        }

        var listed = await Client.ListAsync(_teams);
        Assert.Equal(Enumerable.Range(0, 1200).Select(i => (long)i), listed.Select(document => document.Fields.GetInt64("n")));
    }

    public void Dispose() => _host.Dispose();
}
