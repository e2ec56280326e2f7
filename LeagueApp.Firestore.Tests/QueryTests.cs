using LeagueApp.Firestore.Tests.Infrastructure;

namespace LeagueApp.Firestore.Tests;

[Collection(EmulatorCollection.Name)]
public sealed class QueryTests(EmulatorFixture emulator) : IAsyncLifetime
{
    private readonly FirestoreTestHost _host = emulator.CreateHost();
    private readonly string _players = Collections.Unique("Players");

    private IFirestoreClient Client => _host.Client;

    public async Task InitializeAsync()
    {
        DocumentFields Player(string position, int goals, string? club, params string[] tags) => new()
        {
            ["position"] = position,
            ["goals"] = goals,
            ["club"] = club,
            ["tags"] = new ArrayValue([.. tags.Select(tag => (FirestoreValue)tag)]),
        };

        await Client.CommitAsync(
        [
            Write.Create(_players, "haaland", Player("Forward", 27, "City", "captain")),
            Write.Create(_players, "salah", Player("Forward", 19, "Liverpool", "captain", "left-footed")),
            Write.Create(_players, "isak", Player("Forward", 23, "Newcastle")),
            Write.Create(_players, "watkins", Player("Forward", 16, club: null)),
            Write.Create(_players, "palmer", Player("Midfielder", 22, "Chelsea", "left-footed")),
            Write.Create(_players, "saka", Player("Midfielder", 16, "Arsenal")),
        ]);
    }

    [Fact]
    public async Task Filter_order_and_limit_pick_the_top_scorers_of_a_position()
    {
        var query = new FirestoreQuery(_players)
            .Where("position", FieldOperator.Equal, "Forward")
            .OrderBy("goals", SortDirection.Descending)
            .Limit(3);

        var documents = await Client.RunQueryAsync(query);

        Assert.Equal(["haaland", "isak", "salah"], documents.Select(document => document.Id));
        Assert.Equal(27, documents[0].Fields.GetInt32("goals"));
    }

    [Fact]
    public async Task Several_filters_must_all_hold()
    {
        var query = new FirestoreQuery(_players)
            .Where("position", FieldOperator.Equal, "Forward")
            .Where("goals", FieldOperator.GreaterThanOrEqual, 19)
            .OrderBy("goals");

        var documents = await Client.RunQueryAsync(query);

        Assert.Equal(["salah", "isak", "haaland"], documents.Select(document => document.Id));
    }

    [Theory]
    [InlineData(FieldOperator.LessThan, 16, new string[0])]
    [InlineData(FieldOperator.LessThanOrEqual, 16, new[] { "saka", "watkins" })]
    [InlineData(FieldOperator.GreaterThan, 23, new[] { "haaland" })]
    [InlineData(FieldOperator.NotEqual, 16, new[] { "haaland", "isak", "palmer", "salah" })]
    public async Task Comparison_operators_select_the_expected_documents(FieldOperator op, int goals, string[] expected)
    {
        var documents = await Client.RunQueryAsync(new FirestoreQuery(_players).Where("goals", op, goals));

        Assert.Equal(expected, documents.Select(document => document.Id).Order());
    }

    [Fact]
    public async Task In_and_array_contains_select_the_expected_documents()
    {
        var clubs = await Client.RunQueryAsync(new FirestoreQuery(_players).Where("club", FieldOperator.In, new ArrayValue("City", "Arsenal")));
        var leftFooted = await Client.RunQueryAsync(new FirestoreQuery(_players).Where("tags", FieldOperator.ArrayContains, "left-footed"));

        Assert.Equal(["haaland", "saka"], clubs.Select(document => document.Id).Order());
        Assert.Equal(["palmer", "salah"], leftFooted.Select(document => document.Id).Order());
    }

    [Fact]
    public async Task Equal_to_null_finds_stored_nulls()
    {
        var documents = await Client.RunQueryAsync(new FirestoreQuery(_players).Where("club", FieldOperator.Equal, FirestoreValue.Null));

        Assert.Equal(["watkins"], documents.Select(document => document.Id));
    }

    [Fact]
    public async Task Cursors_page_through_an_order_and_select_keeps_only_the_named_fields()
    {
        var byGoals = new FirestoreQuery(_players).OrderBy("goals", SortDirection.Descending).Select("goals").Limit(2);

        var first = await Client.RunQueryAsync(byGoals);
        var next = await Client.RunQueryAsync(byGoals.StartAfter(first[^1]));
        var between = await Client.RunQueryAsync(byGoals.Limit(5).StartAt(23).EndBefore(19));
        var skipped = await Client.RunQueryAsync(byGoals.Offset(1));

        Assert.Equal(["haaland", "isak"], first.Select(document => document.Id));
        Assert.Equal(new DocumentFields { ["goals"] = 27 }, first[0].Fields);
        Assert.Equal(["palmer", "salah"], next.Select(document => document.Id));
        Assert.Equal(["isak", "palmer"], between.Select(document => document.Id));
        Assert.Equal(["isak", "palmer"], skipped.Select(document => document.Id));
    }

    [Fact]
    public async Task Equal_to_NaN_finds_stored_NaNs_and_not_equal_the_other_numbers()
    {
        await Client.CommitAsync(
        [
            Write.Create(_players, "unrated", new DocumentFields { ["rating"] = double.NaN }),
            Write.Create(_players, "rated", new DocumentFields { ["rating"] = 7.5 }),
        ]);

        var nan = await Client.RunQueryAsync(new FirestoreQuery(_players).Where("rating", FieldOperator.Equal, double.NaN));
        var numbers = await Client.RunQueryAsync(new FirestoreQuery(_players).Where("rating", FieldOperator.NotEqual, double.NaN));

        Assert.Equal(["unrated"], nan.Select(document => document.Id));
        Assert.Equal(["rated"], numbers.Select(document => document.Id));
    }

    [Fact]
    public async Task A_query_without_matches_is_empty()
    {
        Assert.Empty(await Client.RunQueryAsync(new FirestoreQuery(_players).Where("position", FieldOperator.Equal, "Goalkeeper")));
    }

    public Task DisposeAsync()
    {
        _host.Dispose();
        return Task.CompletedTask;
    }
}
