using System.Text.Json.Serialization;

namespace LeagueApp.Firestore.Wire;

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    Converters = [typeof(FirestoreValueJsonConverter)])]
[JsonSerializable(typeof(WireDocument))]
[JsonSerializable(typeof(WireListDocumentsResponse))]
[JsonSerializable(typeof(WireBatchGetRequest))]
[JsonSerializable(typeof(IReadOnlyList<WireBatchGetResponseItem>))]
[JsonSerializable(typeof(WireRunQueryRequest))]
[JsonSerializable(typeof(IReadOnlyList<WireRunQueryResponseItem>))]
[JsonSerializable(typeof(WireCommitRequest))]
[JsonSerializable(typeof(WireCommitResponse))]
[JsonSerializable(typeof(WireBeginTransactionRequest))]
[JsonSerializable(typeof(WireBeginTransactionResponse))]
[JsonSerializable(typeof(WireRollbackRequest))]
[JsonSerializable(typeof(WireListCollectionIdsRequest))]
[JsonSerializable(typeof(WireEmpty))]
[JsonSerializable(typeof(WireErrorResponse))]
[JsonSerializable(typeof(IReadOnlyList<WireErrorResponse>))]
internal sealed partial class FirestoreJsonContext : JsonSerializerContext;
