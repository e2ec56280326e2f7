using System.Net;
using LeagueApp.Firestore.Tests.Infrastructure;

namespace LeagueApp.Firestore.Tests;

[Collection(EmulatorCollection.Name)]
public sealed class DocumentTests(EmulatorFixture emulator) : IDisposable
{
    private readonly FirestoreTestHost _host = emulator.CreateHost();
    private readonly string _players = Collections.Unique("Players");

    private IFirestoreClient Client => _host.Client;

    [Fact]
    public async Task Create_then_get_returns_every_field_and_the_server_times()
    {
        var fields = new DocumentFields
        {
            ["name"] = "Salah",
            ["goals"] = 12,
            ["rating"] = 8.5,
            ["active"] = true,
            ["joined"] = new DateTimeOffset(2017, 6, 22, 10, 30, 0, 123, 456, TimeSpan.Zero),
            ["nickname"] = FirestoreValue.Null,
            ["positions"] = new ArrayValue("Forward", "Winger"),
            ["contract"] = new MapValue(new DocumentFields { ["until"] = 2027, ["salary"] = 350_000L }),
        };

        var created = await Client.CreateAsync(_players, "salah", fields);
        var read = await Client.GetAsync(_players, "salah");

        Assert.NotNull(read);
        Assert.Equal(fields, read.Fields);
        Assert.Equal((_players, "salah"), (read.Collection, read.Id));
        Assert.NotNull(created.CreateTime);
        Assert.Equal(created.UpdateTime, read.UpdateTime);
    }

    [Fact]
    public async Task Bytes_references_geo_points_and_non_finite_doubles_round_trip()
    {
        var fields = new DocumentFields
        {
            ["photo"] = new BytesValue(new byte[] { 0, 1, 2, 254, 255 }),
            ["club"] = new ReferenceValue($"projects/{EmulatorFixture.ProjectId}/databases/(default)/documents/Teams/Liverpool"),
            ["stadium"] = new GeoPointValue(53.4308, -2.9608),
            ["unknown"] = double.NaN,
            ["ceiling"] = double.PositiveInfinity,
            ["floor"] = double.NegativeInfinity,
        };

        await Client.CreateAsync(_players, "salah", fields);
        var read = await Client.GetAsync(_players, "salah");
        var listed = await Client.ListAsync(_players);

        Assert.NotNull(read);
        Assert.Equal(fields, read.Fields);
        Assert.Equal(fields, Assert.Single(listed).Fields);
    }

    [Fact]
    public async Task Create_twice_throws_already_exists()
    {
        await Client.CreateAsync(_players, "kane", new DocumentFields { ["goals"] = 1 });

        var error = await Assert.ThrowsAsync<FirestoreAlreadyExistsException>(
            () => Client.CreateAsync(_players, "kane", new DocumentFields { ["goals"] = 2 }));

        Assert.Equal("ALREADY_EXISTS", error.Status);
        Assert.Equal(HttpStatusCode.Conflict, error.StatusCode);
        Assert.Equal(1, (await Client.GetAsync(_players, "kane"))!.Fields.GetInt32("goals"));
    }

    [Fact]
    public async Task Get_of_a_missing_document_is_null()
    {
        Assert.Null(await Client.GetAsync(_players, "nobody"));
    }

    [Fact]
    public async Task Patch_writes_only_the_masked_fields()
    {
        await Client.CreateAsync(_players, "son", new DocumentFields { ["name"] = "Son", ["goals"] = 10 });

        var patched = await Client.PatchAsync(_players, "son", new DocumentFields { ["goals"] = 11, ["assists"] = 4 }, Precondition.MustExist);

        var expected = new DocumentFields { ["name"] = "Son", ["goals"] = 11, ["assists"] = 4 };
        Assert.Equal(expected, patched.Fields);
        Assert.Equal(expected, (await Client.GetAsync(_players, "son"))!.Fields);
    }

    [Fact]
    public async Task Patch_quotes_field_names_that_are_not_identifiers()
    {
        await Client.CreateAsync(_players, "odd", new DocumentFields { ["kept"] = 1 });

        await Client.PatchAsync(_players, "odd", new DocumentFields { ["shirt.number"] = 7, ["first-name"] = "Ann", ["it`s"] = true });

        var read = await Client.GetAsync(_players, "odd");
        Assert.Equal(new DocumentFields { ["kept"] = 1, ["shirt.number"] = 7, ["first-name"] = "Ann", ["it`s"] = true }, read!.Fields);
    }

    [Fact]
    public async Task Patch_without_precondition_creates_a_missing_document()
    {
        await Client.PatchAsync(_players, "new", new DocumentFields { ["goals"] = 0 });

        Assert.Equal(0, (await Client.GetAsync(_players, "new"))!.Fields.GetInt64("goals"));
    }

    [Fact]
    public async Task Patch_with_must_exist_on_a_missing_document_throws_not_found_and_writes_nothing()
    {
        await Assert.ThrowsAsync<FirestoreNotFoundException>(
            () => Client.PatchAsync(_players, "ghost", new DocumentFields { ["goals"] = 1 }, Precondition.MustExist));

        Assert.Null(await Client.GetAsync(_players, "ghost"));
    }

    [Fact]
    public async Task Patch_with_a_stale_update_time_throws_failed_precondition()
    {
        var first = await Client.CreateAsync(_players, "mane", new DocumentFields { ["goals"] = 1 });
        await Client.PatchAsync(_players, "mane", new DocumentFields { ["goals"] = 2 });

        await Assert.ThrowsAsync<FirestoreFailedPreconditionException>(
            () => Client.PatchAsync(_players, "mane", new DocumentFields { ["goals"] = 3 }, Precondition.UpdatedAt(first.UpdateTime!.Value)));

        Assert.Equal(2, (await Client.GetAsync(_players, "mane"))!.Fields.GetInt64("goals"));
    }

    [Fact]
    public async Task Patch_with_the_current_update_time_succeeds()
    {
        var current = await Client.CreateAsync(_players, "firmino", new DocumentFields { ["goals"] = 1 });

        await Client.PatchAsync(_players, "firmino", new DocumentFields { ["goals"] = 2 }, Precondition.UpdatedAt(current.UpdateTime!.Value));

        Assert.Equal(2, (await Client.GetAsync(_players, "firmino"))!.Fields.GetInt64("goals"));
    }

    [Fact]
    public async Task Delete_removes_the_document()
    {
        await Client.CreateAsync(_players, "gone", new DocumentFields { ["goals"] = 1 });

        await Client.DeleteAsync(_players, "gone", Precondition.MustExist);

        Assert.Null(await Client.GetAsync(_players, "gone"));
    }

    [Fact]
    public async Task Delete_with_must_exist_on_a_missing_document_throws_not_found()
    {
        await Assert.ThrowsAsync<FirestoreNotFoundException>(() => Client.DeleteAsync(_players, "ghost", Precondition.MustExist));
    }

    [Fact]
    public async Task Delete_without_precondition_of_a_missing_document_succeeds()
    {
        await Client.DeleteAsync(_players, "ghost");

        Assert.Null(await Client.GetAsync(_players, "ghost"));
    }

    [Fact]
    public async Task Ids_with_spaces_and_unicode_round_trip()
    {
        const string id = "Heung-min Son ⚽";
        await Client.CreateAsync(_players, id, new DocumentFields { ["goals"] = 1 });

        var read = await Client.GetAsync(_players, id);
        var batch = await Client.BatchGetAsync(_players, [id]);

        Assert.Equal(id, read!.Id);
        Assert.Equal(id, batch[0]!.Id);
    }

    [Fact]
    public async Task List_follows_the_page_tokens_through_every_page()
    {
        using var smallPages = emulator.CreateHost(options => options.PageSize = 3);
        var ids = Enumerable.Range(0, 10).Select(i => $"p{i:00}").ToList();
        await Client.CommitAsync([.. ids.Select(id => Write.Create(_players, id, new DocumentFields { ["n"] = id }))]);

        var listed = await smallPages.Client.ListAsync(_players);

        Assert.Equal(ids, listed.Select(document => document.Id));
    }

    [Fact]
    public async Task List_of_an_empty_collection_is_empty()
    {
        Assert.Empty(await Client.ListAsync(_players));
    }

    [Fact]
    public async Task Batch_get_returns_documents_in_the_order_asked_with_null_for_missing_ones()
    {
        await Client.CommitAsync(
        [
            Write.Create(_players, "a", new DocumentFields { ["n"] = 1 }),
            Write.Create(_players, "b", new DocumentFields { ["n"] = 2 }),
            Write.Create(_players, "c", new DocumentFields { ["n"] = 3 }),
        ]);

        var documents = await Client.BatchGetAsync(_players, ["c", "missing", "a", "c"]);

        Assert.Equal(["c", null, "a", "c"], documents.Select(document => document?.Id));
        Assert.Equal(3, documents[0]!.Fields.GetInt64("n"));
    }

    [Fact]
    public async Task Batch_get_of_no_ids_is_empty()
    {
        Assert.Empty(await Client.BatchGetAsync(_players, []));
    }

    public void Dispose() => _host.Dispose();
}
