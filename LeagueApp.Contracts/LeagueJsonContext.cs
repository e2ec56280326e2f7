using System.Text.Json;
using System.Text.Json.Serialization;
using LeagueApp.Domain;

namespace LeagueApp.Contracts;

// The wire format between the frontend and the backends, generated at compile time.
// Missing fields, nulls where the records allow none and numbers sent as strings are refused.
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    UseStringEnumConverter = true,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    AllowDuplicateProperties = false,
    NumberHandling = JsonNumberHandling.Strict)]
[JsonSerializable(typeof(Player))]
[JsonSerializable(typeof(IReadOnlyList<Player>))]
[JsonSerializable(typeof(RankedPlayer))]
[JsonSerializable(typeof(IReadOnlyList<RankedPlayer>))]
[JsonSerializable(typeof(TeamStanding))]
[JsonSerializable(typeof(IReadOnlyList<TeamStanding>))]
[JsonSerializable(typeof(TransferRequest))]
[JsonSerializable(typeof(TransferResult))]
[JsonSerializable(typeof(ImportSummary))]
[JsonSerializable(typeof(ImportStatus))]
[JsonSerializable(typeof(IReadOnlyList<ImportError>))]
public sealed partial class LeagueJsonContext : JsonSerializerContext;
