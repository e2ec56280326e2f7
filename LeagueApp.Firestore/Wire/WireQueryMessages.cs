namespace LeagueApp.Firestore.Wire;

internal sealed record WireRunQueryRequest(WireStructuredQuery StructuredQuery, string? Transaction);

internal sealed record WireStructuredQuery(
    IReadOnlyList<WireCollectionSelector> From,
    WireFilter? Where,
    IReadOnlyList<WireOrder>? OrderBy,
    int? Limit);

internal sealed record WireCollectionSelector(string CollectionId);

/// <summary>Exactly one of the three filter kinds is set.</summary>
internal sealed record WireFilter(
    WireCompositeFilter? CompositeFilter = null,
    WireFieldFilter? FieldFilter = null,
    WireUnaryFilter? UnaryFilter = null);

internal sealed record WireCompositeFilter(string Op, IReadOnlyList<WireFilter> Filters);

internal sealed record WireFieldFilter(WireFieldReference Field, string Op, FirestoreValue Value);

internal sealed record WireUnaryFilter(string Op, WireFieldReference Field);

internal sealed record WireFieldReference(string FieldPath);

internal sealed record WireOrder(WireFieldReference Field, string Direction);

/// <summary>One element of the streamed answer; elements without a document only report progress.</summary>
internal sealed record WireRunQueryResponseItem(WireDocument? Document);
