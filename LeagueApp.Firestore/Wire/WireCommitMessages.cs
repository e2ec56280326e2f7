namespace LeagueApp.Firestore.Wire;

internal sealed record WireCommitRequest(IReadOnlyList<WireWrite> Writes, string? Transaction);

/// <summary>Either <see cref="Update"/> or <see cref="Delete"/> is set.</summary>
internal sealed record WireWrite(
    WireDocument? Update = null,
    string? Delete = null,
    WireDocumentMask? UpdateMask = null,
    IReadOnlyList<WireFieldTransform>? UpdateTransforms = null,
    WirePrecondition? CurrentDocument = null);

internal sealed record WireDocumentMask(IReadOnlyList<string> FieldPaths);

internal sealed record WireFieldTransform(string FieldPath, FirestoreValue Increment);

internal sealed record WirePrecondition(bool? Exists, string? UpdateTime);

internal sealed record WireCommitResponse(IReadOnlyList<WireWriteResult>? WriteResults, DateTimeOffset CommitTime);

internal sealed record WireWriteResult(DateTimeOffset? UpdateTime);
