using Google.Protobuf;
using V1 = Google.Cloud.Firestore.V1;

namespace LeagueApp.Firestore.Tests;

// Expected messages are written in the API's JSON form (what Google documents) and parsed into
// the generated messages, which then compare field by field.
public sealed class ProtoMapperTests
{
    private const string Root = "projects/p/databases/(default)/documents";

    private static readonly ResourceNames Names = new("p", "(default)");

    [Fact]
    public void Create_sends_the_whole_document_on_condition_that_it_does_not_exist()
    {
        AssertProto(
            """{"update":{"name":"ROOT/Teams/arsenal","fields":{"capital":{"integerValue":"100"}}},"currentDocument":{"exists":false}}""",
            ProtoMapper.ToProto(Write.Create("Teams", "arsenal", new DocumentFields { ["capital"] = 100 }), Names));
    }

    [Fact]
    public void Set_sends_the_whole_document_without_mask_or_condition()
    {
        AssertProto(
            """{"update":{"name":"ROOT/Teams/arsenal","fields":{"capital":{"integerValue":"100"}}}}""",
            ProtoMapper.ToProto(Write.Set("Teams", "arsenal", new DocumentFields { ["capital"] = 100 }), Names));
    }

    [Fact]
    public void Update_masks_its_fields_in_order_quoting_names_that_are_not_identifiers_and_requires_the_document()
    {
        AssertProto(
            """{"update":{"name":"ROOT/Teams/arsenal","fields":{"capital":{"integerValue":"1"},"short.name":{"stringValue":"ARS"},"it`s":{"booleanValue":true}}},"updateMask":{"fieldPaths":["capital","`it\\`s`","`short.name`"]},"currentDocument":{"exists":true}}""",
            ProtoMapper.ToProto(Write.Update("Teams", "arsenal", new DocumentFields { ["capital"] = 1, ["short.name"] = "ARS", ["it`s"] = true }), Names));
    }

    [Fact]
    public void Increment_sends_an_empty_mask_so_other_fields_stay()
    {
        AssertProto(
            """{"update":{"name":"ROOT/Teams/arsenal"},"updateMask":{},"updateTransforms":[{"fieldPath":"capital","increment":{"integerValue":"-30"}}],"currentDocument":{"exists":true}}""",
            ProtoMapper.ToProto(Write.Increment("Teams", "arsenal", "capital", -30), Names));
    }

    [Fact]
    public void Delete_with_an_update_time_condition_sends_it_to_the_microsecond()
    {
        var updateTime = new DateTimeOffset(2026, 11, 25, 20, 50, 30, 538, 723, TimeSpan.Zero).AddTicks(9);

        AssertProto(
            """{"delete":"ROOT/Teams/arsenal","currentDocument":{"updateTime":"2026-11-25T20:50:30.538723Z"}}""",
            ProtoMapper.ToProto(Write.Delete("Teams", "arsenal", Precondition.UpdatedAt(updateTime)), Names));
    }

    [Fact]
    public void A_delete_takes_no_transforms()
    {
        Assert.Throws<InvalidOperationException>(() => Write.Delete("Teams", "a").With(FieldTransform.Increment("capital", 1L)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("a/b")]
    [InlineData("..")]
    [InlineData("__reserved__")]
    public void Invalid_ids_are_refused(string id)
    {
        Assert.ThrowsAny<ArgumentException>(() => Write.Set("Teams", id, DocumentFields.Empty));
    }

    [Fact]
    public void A_query_with_several_filters_is_an_and_composite_with_order_and_limit()
    {
        var query = new FirestoreQuery("Players")
            .Where("position", FieldOperator.Equal, "Forward")
            .Where("stats.goals", FieldOperator.GreaterThan, 10)
            .OrderBy("stats.goals", SortDirection.Descending)
            .OrderBy("name")
            .Limit(3);

        AssertProto(
            """{"from":[{"collectionId":"Players"}],"where":{"compositeFilter":{"op":"AND","filters":[{"fieldFilter":{"field":{"fieldPath":"position"},"op":"EQUAL","value":{"stringValue":"Forward"}}},{"fieldFilter":{"field":{"fieldPath":"stats.goals"},"op":"GREATER_THAN","value":{"integerValue":"10"}}}]}},"orderBy":[{"field":{"fieldPath":"stats.goals"},"direction":"DESCENDING"},{"field":{"fieldPath":"name"},"direction":"ASCENDING"}],"limit":3}""",
            ProtoMapper.ToProto(query, Names));
    }

    [Fact]
    public void A_single_filter_is_sent_alone_and_null_comparisons_are_unary()
    {
        AssertProto(
            """{"from":[{"collectionId":"Players"}],"where":{"unaryFilter":{"op":"IS_NOT_NULL","field":{"fieldPath":"club"}}}}""",
            ProtoMapper.ToProto(new FirestoreQuery("Players").Where("club", FieldOperator.NotEqual, FirestoreValue.Null), Names));
    }

    [Fact]
    public void Queries_are_immutable()
    {
        var all = new FirestoreQuery("Players");

        var forwards = all.Where("position", FieldOperator.Equal, "Forward").Limit(2);

        Assert.Empty(all.Filters);
        Assert.Null(all.MaxResults);
        Assert.Single(forwards.Filters);
        Assert.Equal(2, forwards.MaxResults);
    }

    [Fact]
    public void In_needs_an_array_and_limits_must_be_positive()
    {
        Assert.Throws<ArgumentException>(() => new FirestoreQuery("Players").Where("club", FieldOperator.In, "City"));
        Assert.Throws<ArgumentOutOfRangeException>(() => new FirestoreQuery("Players").Limit(0));
    }

    private static void AssertProto<T>(string expectedJson, T actual)
        where T : IMessage<T>, new()
    {
        var expected = JsonParser.Default.Parse<T>(expectedJson.Replace("ROOT", Root, StringComparison.Ordinal));
        Assert.True(expected.Equals(actual), $"Expected {expected}\nActual   {actual}");
    }
}
