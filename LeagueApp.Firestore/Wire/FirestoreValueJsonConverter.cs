using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace LeagueApp.Firestore.Wire;

/// <summary>
/// Reads and writes the REST API's value objects (<c>{"integerValue": "30"}</c>). Hand-written because
/// the wire shape is a one-property union that no DTO expresses, and it keeps the context reflection-free.
/// </summary>
internal sealed class FirestoreValueJsonConverter : JsonConverter<FirestoreValue>
{
    public override FirestoreValue Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        Expect(ref reader, JsonTokenType.StartObject);
        reader.Read();
        Expect(ref reader, JsonTokenType.PropertyName);
        var kind = reader.GetString();
        reader.Read();

        FirestoreValue value = kind switch
        {
            "nullValue" => NullValue.Instance,
            "booleanValue" => new BooleanValue(reader.GetBoolean()),
            "integerValue" => new IntegerValue(ReadInteger(ref reader)),
            "doubleValue" => new DoubleValue(ReadDouble(ref reader)),
            "stringValue" => new StringValue(reader.GetString()!),
            "timestampValue" => new TimestampValue(reader.GetDateTimeOffset()),
            "arrayValue" => new ArrayValue(ReadArray(ref reader, options)),
            "mapValue" => new MapValue(ReadMap(ref reader, options)),
            _ => throw new FirestoreMappingException($"Firestore value type '{kind}' is not supported by this client."),
        };

        reader.Read();
        Expect(ref reader, JsonTokenType.EndObject);
        return value;
    }

    public override void Write(Utf8JsonWriter writer, FirestoreValue value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        switch (value)
        {
            case NullValue:
                writer.WriteNull("nullValue");
                break;
            case BooleanValue boolean:
                writer.WriteBoolean("booleanValue", boolean.Value);
                break;
            case IntegerValue integer:
                // Protobuf JSON carries int64 as a string: doubles would lose precision above 2^53.
                writer.WriteString("integerValue", integer.Value.ToString(CultureInfo.InvariantCulture));
                break;
            case DoubleValue { Value: var number } when double.IsFinite(number):
                writer.WriteNumber("doubleValue", number);
                break;
            case DoubleValue { Value: var number }:
                writer.WriteString("doubleValue", double.IsNaN(number) ? "NaN" : number > 0 ? "Infinity" : "-Infinity");
                break;
            case StringValue text:
                writer.WriteString("stringValue", text.Value);
                break;
            case TimestampValue timestamp:
                writer.WriteString("timestampValue", WireTimestamp.ToRfc3339(timestamp.Value));
                break;
            case ArrayValue array:
                writer.WriteStartObject("arrayValue");
                writer.WriteStartArray("values");
                foreach (var item in array.Values)
                {
                    Write(writer, item, options);
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
                break;
            case MapValue map:
                writer.WriteStartObject("mapValue");
                writer.WritePropertyName("fields");
                WriteFields(writer, map.Fields, options);
                writer.WriteEndObject();
                break;
            default:
                throw new FirestoreMappingException($"{value.GetType().Name} cannot be written to Firestore.");
        }

        writer.WriteEndObject();
    }

    private void WriteFields(Utf8JsonWriter writer, IReadOnlyDictionary<string, FirestoreValue> fields, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        foreach (var (name, value) in fields)
        {
            writer.WritePropertyName(name);
            Write(writer, value, options);
        }

        writer.WriteEndObject();
    }

    private static long ReadInteger(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.String
            ? long.Parse(reader.GetString()!, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture)
            : reader.GetInt64();

    // Protobuf JSON spells the non-finite doubles as strings.
    private static double ReadDouble(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.String
            ? reader.GetString() switch
            {
                "NaN" => double.NaN,
                "Infinity" => double.PositiveInfinity,
                "-Infinity" => double.NegativeInfinity,
                var text => double.Parse(text!, NumberStyles.Float, CultureInfo.InvariantCulture),
            }
            : reader.GetDouble();

    // An empty array or map comes as {} without "values" or "fields".
    private List<FirestoreValue> ReadArray(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        var values = new List<FirestoreValue>();
        ReadSingleProperty(ref reader, "values", (ref Utf8JsonReader inner) =>
        {
            Expect(ref inner, JsonTokenType.StartArray);
            while (inner.Read() && inner.TokenType != JsonTokenType.EndArray)
            {
                values.Add(Read(ref inner, typeof(FirestoreValue), options));
            }
        });
        return values;
    }

    private DocumentFields ReadMap(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        var fields = new Dictionary<string, FirestoreValue>(StringComparer.Ordinal);
        ReadSingleProperty(ref reader, "fields", (ref Utf8JsonReader inner) =>
        {
            Expect(ref inner, JsonTokenType.StartObject);
            while (inner.Read() && inner.TokenType != JsonTokenType.EndObject)
            {
                var name = inner.GetString()!;
                inner.Read();
                fields[name] = Read(ref inner, typeof(FirestoreValue), options);
            }
        });
        return new DocumentFields(fields);
    }

    private delegate void PropertyReader(ref Utf8JsonReader reader);

    private static void ReadSingleProperty(ref Utf8JsonReader reader, string expected, PropertyReader readValue)
    {
        Expect(ref reader, JsonTokenType.StartObject);
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var name = reader.GetString();
            reader.Read();
            if (name == expected)
            {
                readValue(ref reader);
            }
            else
            {
                reader.Skip();
            }
        }
    }

    private static void Expect(ref Utf8JsonReader reader, JsonTokenType expected)
    {
        if (reader.TokenType != expected)
        {
            throw new JsonException($"Expected {expected} in a Firestore value, found {reader.TokenType}.");
        }
    }
}
