using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using V1 = Google.Cloud.Firestore.V1;

namespace LeagueApp.Firestore.Tests;

// How one query of a listen stream turns the server's changes into snapshots: plain logic, no server.
public sealed class ListenTargetTests
{
    private const string Root = "projects/p/databases/(default)/documents/Players/";

    private static readonly Timestamp ReadTime = Timestamp.FromDateTimeOffset(new DateTimeOffset(2026, 12, 3, 12, 0, 0, TimeSpan.Zero));

    private readonly ListenTarget _target = new(1, new ListenTarget.Query(new V1.StructuredQuery()));

    [Fact]
    public void A_snapshot_lists_the_documents_and_what_changed_since_the_last_one()
    {
        _target.Changed(Root + "a", Document("a", second: 1));
        _target.Changed(Root + "b", Document("b", second: 1));
        var first = _target.Snapshot(ReadTime, ByteString.Empty);

        _target.Changed(Root + "a", null);
        _target.Changed(Root + "b", Document("b", second: 2));
        var second = _target.Snapshot(ReadTime, ByteString.Empty);

        Assert.Equal(["a", "b"], first.Documents.Select(document => document.Id));
        Assert.Equal(["b"], second.Documents.Select(document => document.Id));
        Assert.Equal(
            [(DocumentChangeKind.Removed, "a"), (DocumentChangeKind.Modified, "b")],
            second.Changes.Select(change => (change.Kind, change.Document.Id)));
    }

    [Fact]
    public void A_query_that_did_not_change_hands_out_the_same_list_rather_than_a_copy_of_every_document()
    {
        _target.Changed(Root + "a", Document("a", second: 1));
        var changed = _target.Snapshot(ReadTime, ByteString.Empty);

        var unchanged = _target.Snapshot(ReadTime, ByteString.Empty);
        _target.Changed(Root + "a", Document("a", second: 1)); // the same version again: no change
        var repeated = _target.Snapshot(ReadTime, ByteString.Empty);

        Assert.Same(changed.Documents, unchanged.Documents);
        Assert.Same(changed.Documents, repeated.Documents);
        Assert.Empty(repeated.Changes);
    }

    [Fact]
    public void A_projected_query_keeps_only_its_fields_and_still_sees_changes_to_the_others()
    {
        var target = new ListenTarget(1, new ListenTarget.Query(new V1.StructuredQuery(), [new FieldPath("goals"), FieldPath.DocumentId]));
        target.Changed(Root + "a", Document("a", second: 1, goals: 10, team: "Chelsea"));
        var first = target.Snapshot(ReadTime, ByteString.Empty);

        target.Changed(Root + "a", Document("a", second: 2, goals: 10, team: "Liverpool"));
        var second = target.Snapshot(ReadTime, ByteString.Empty);

        Assert.Equal(["goals"], first.Documents[0].Fields.Keys);
        Assert.Equal(10, first.Documents[0].Fields.GetInt64("goals"));
        Assert.Equal([(DocumentChangeKind.Modified, "a")], second.Changes.Select(change => (change.Kind, change.Document.Id)));
    }

    [Fact]
    public void A_projection_is_kept_by_the_target_and_not_sent_since_Cloud_Firestore_refuses_it_in_a_listen()
    {
        var query = ListenTarget.Query.From(new FirestoreQuery("Players").Select("goals"), new ResourceNames("p", "(default)"));

        Assert.Null(query.Proto.Select);
        Assert.Equal([new FieldPath("goals")], query.Kept);
    }

    [Fact]
    public void A_names_only_query_keeps_no_fields()
    {
        var target = new ListenTarget(1, new ListenTarget.Query(new V1.StructuredQuery(), []));
        target.Changed(Root + "a", Document("a", second: 1, goals: 10, team: "Chelsea"));

        var snapshot = target.Snapshot(ReadTime, ByteString.Empty);

        Assert.Equal("a", snapshot.Documents[0].Id);
        Assert.Empty(snapshot.Documents[0].Fields);
        Assert.NotNull(snapshot.Documents[0].UpdateTime);
    }

    [Fact]
    public void A_nested_field_in_a_listened_projection_is_refused()
    {
        var failure = Assert.Throws<ArgumentException>(() => new ListenTarget(1, new ListenTarget.Query(new V1.StructuredQuery(), [new FieldPath("stats", "goals")])));
        Assert.Contains("stats.goals", failure.Message, StringComparison.Ordinal);
    }

    private static V1.Document Document(string id, int second, long? goals = null, string? team = null)
    {
        var document = new V1.Document
        {
            Name = Root + id,
            CreateTime = ReadTime,
            UpdateTime = Timestamp.FromDateTimeOffset(ReadTime.ToDateTimeOffset().AddSeconds(second)),
        };
        if (goals is { } count)
        {
            document.Fields["goals"] = new V1.Value { IntegerValue = count };
        }

        if (team is not null)
        {
            document.Fields["team"] = new V1.Value { StringValue = team };
        }

        return document;
    }
}
