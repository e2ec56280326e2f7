using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace LeagueApp.Frontend.Original;

[JsonSerializable(typeof(PlayersAnswer))]
[JsonSerializable(typeof(TableAnswer))]
[JsonSerializable(typeof(OpsAnswer))]
[JsonSerializable(typeof(PositionRequest))]
[JsonSerializable(typeof(TableRequest))]
[JsonSerializable(typeof(CreatePlayerRequest))]
[JsonSerializable(typeof(TransferPlayerRequest))]
public sealed partial class OriginalJsonContext : JsonSerializerContext
{
    public static OriginalJsonContext Original { get; } = new(new JsonSerializerOptions
    {
        // Go's decoder matched field names case-insensitively; the original clients rely on that.
        PropertyNameCaseInsensitive = true,
        // Two values for one field are ambiguous: refuse them rather than keep the last.
        AllowDuplicateProperties = false,
        // Messages quote names; the answers are JSON, never inlined into HTML, so no \u0027 escapes are needed.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}
