using System.Text.Json;
using System.Text.Json.Serialization;
using LeagueApp.Domain;

namespace LeagueApp.Contracts;

// The wire format between the frontend and the backends, generated at compile time.
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UseStringEnumConverter = true)]
[JsonSerializable(typeof(Player))]
[JsonSerializable(typeof(IReadOnlyList<Player>))]
[JsonSerializable(typeof(RankedPlayer))]
[JsonSerializable(typeof(IReadOnlyList<RankedPlayer>))]
[JsonSerializable(typeof(TeamStanding))]
[JsonSerializable(typeof(IReadOnlyList<TeamStanding>))]
[JsonSerializable(typeof(TransferRequest))]
[JsonSerializable(typeof(TransferResult))]
public sealed partial class LeagueJsonContext : JsonSerializerContext;
