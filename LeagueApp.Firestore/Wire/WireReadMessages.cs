namespace LeagueApp.Firestore.Wire;

internal sealed record WireListDocumentsResponse(IReadOnlyList<WireDocument>? Documents, string? NextPageToken);

internal sealed record WireBatchGetRequest(IReadOnlyList<string> Documents, string? Transaction);

/// <summary>One element of the streamed answer: either <see cref="Found"/> or <see cref="Missing"/>.</summary>
internal sealed record WireBatchGetResponseItem(WireDocument? Found, string? Missing);

internal sealed record WireListCollectionIdsRequest(int PageSize);
