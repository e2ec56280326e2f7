using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using V1 = Google.Cloud.Firestore.V1;

namespace LeagueApp.Firestore.Tests;

// How one query of a listen stream turns the server's changes into snapshots: plain logic, no server.
public sealed class ListenTargetTests
{
    private const string Root = "projects/p/databases/(default)/documents/Players/";

    private static readonly Timestamp ReadTime = Timestamp.FromDateTimeOffset(new DateTimeOffset(2026, 12, 3, 12, 0, 0, TimeSpan.Zero));

    private readonly ListenTarget _target = new(1, new V1.StructuredQuery());

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

    private static V1.Document Document(string id, int second) => new()
    {
        Name = Root + id,
        CreateTime = ReadTime,
        UpdateTime = Timestamp.FromDateTimeOffset(ReadTime.ToDateTimeOffset().AddSeconds(second)),
    };
}
