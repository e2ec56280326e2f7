using System.Text.Json;

namespace LeagueApp.Firestore.Tests.Conformance;

/// <summary>
/// The cases' data as the client's values: JSON, in which the strings "ServerTimestamp", "Delete" and
/// "NaN" and the arrays that start with "ArrayUnion" or "ArrayRemove" stand for the sentinels.
/// </summary>
internal static class ConformanceValues
{
    public static DocumentFields Fields(string json)
    {
        using var document = JsonDocument.Parse(json);
        return Fields(document.RootElement);
    }

    /// <summary>The top-level fields in the order written, for the calls that take them as paths.</summary>
    public static IReadOnlyList<KeyValuePair<string, FirestoreValue>> TopLevel(string json)
    {
        using var document = JsonDocument.Parse(json);
        return [.. document.RootElement.EnumerateObject().Select(property => KeyValuePair.Create(property.Name, Value(property.Value)))];
    }

    public static FirestoreValue Value(string json)
    {
        using var document = JsonDocument.Parse(json);
        return Value(document.RootElement);
    }

    private static DocumentFields Fields(JsonElement map) =>
        new(map.EnumerateObject().Select(property => KeyValuePair.Create(property.Name, Value(property.Value))));

    private static FirestoreValue Value(JsonElement json) => json.ValueKind switch
    {
        JsonValueKind.Null => FirestoreValue.Null,
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Number => json.TryGetInt64(out var integer) ? new IntegerValue(integer) : new DoubleValue(json.GetDouble()),
        JsonValueKind.String => json.GetString() switch
        {
            "ServerTimestamp" => FirestoreValue.ServerTimestamp,
            "Delete" => FirestoreValue.Delete,
            "NaN" => double.NaN,
            var text => text,
        },
        JsonValueKind.Array => Array([.. json.EnumerateArray()]),
        JsonValueKind.Object => new MapValue(Fields(json)),
        _ => throw new FormatException($"Unexpected JSON value {json}."),
    };

    private static FirestoreValue Array(List<JsonElement> elements) => elements switch
    {
        [{ ValueKind: JsonValueKind.String } first, .. var rest] when first.GetString() == "ArrayUnion" => FirestoreValue.ArrayUnion([.. rest.Select(Value)]),
        [{ ValueKind: JsonValueKind.String } first, .. var rest] when first.GetString() == "ArrayRemove" => FirestoreValue.ArrayRemove([.. rest.Select(Value)]),
        _ => new ArrayValue([.. elements.Select(Value)]),
    };
}
