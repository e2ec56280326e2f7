using System.Text.Json;
using LeagueApp.Firestore.Wire;

namespace LeagueApp.Firestore.Tests;

public sealed class FirestoreValueJsonTests
{
    public static TheoryData<FirestoreValue, string> WireForms => new()
    {
        { FirestoreValue.Null, """{"nullValue":null}""" },
        { true, """{"booleanValue":true}""" },
        { 30, """{"integerValue":"30"}""" },
        { long.MinValue, """{"integerValue":"-9223372036854775808"}""" },
        { 1.5, """{"doubleValue":1.5}""" },
        { double.NaN, """{"doubleValue":"NaN"}""" },
        { double.NegativeInfinity, """{"doubleValue":"-Infinity"}""" },
        { "Salah", """{"stringValue":"Salah"}""" },
        { new DateTimeOffset(2024, 1, 2, 3, 4, 5, 123, 456, TimeSpan.FromHours(2)), """{"timestampValue":"2024-01-02T01:04:05.123456Z"}""" },
        { new ArrayValue(1, "a"), """{"arrayValue":{"values":[{"integerValue":"1"},{"stringValue":"a"}]}}""" },
        { new ArrayValue(), """{"arrayValue":{"values":[]}}""" },
        { new MapValue(new DocumentFields { ["goals"] = 3 }), """{"mapValue":{"fields":{"goals":{"integerValue":"3"}}}}""" },
    };

    [Theory]
    [MemberData(nameof(WireForms))]
    public void Values_are_written_in_the_rest_api_form(FirestoreValue value, string json)
    {
        Assert.Equal(json, JsonSerializer.Serialize(value, FirestoreJsonContext.Default.FirestoreValue));
    }

    [Theory]
    [MemberData(nameof(WireForms))]
    public void Values_read_back_equal(FirestoreValue value, string json)
    {
        Assert.Equal(value, JsonSerializer.Deserialize(json, FirestoreJsonContext.Default.FirestoreValue));
    }

    [Fact]
    public void The_emulators_document_json_reads_into_values()
    {
        const string json = """
            {
              "name": "projects/p/databases/(default)/documents/Players/salah",
              "fields": {
                "goals": { "integerValue": "30" },
                "big": { "integerValue": 9007199254740993 },
                "rating": { "doubleValue": 8 },
                "infinite": { "doubleValue": "Infinity" },
                "joined": { "timestampValue": "2017-06-22T10:30:00.123456789Z" },
                "empty": { "arrayValue": {} },
                "none": { "mapValue": {} },
                "nested": { "mapValue": { "fields": { "tags": { "arrayValue": { "values": [ { "booleanValue": false } ] } } } } }
              },
              "createTime": "2026-11-25T20:50:30.538723Z",
              "updateTime": "2026-11-25T20:50:31Z"
            }
            """;

        var document = WireMapper.ToDocument(JsonSerializer.Deserialize(json, FirestoreJsonContext.Default.WireDocument)!);

        Assert.Equal(("Players", "salah"), (document.Collection, document.Id));
        Assert.Equal(30, document.Fields.GetInt64("goals"));
        Assert.Equal(9007199254740993, document.Fields.GetInt64("big"));
        Assert.Equal(8.0, document.Fields.GetDouble("rating"));
        Assert.Equal(double.PositiveInfinity, document.Fields.GetDouble("infinite"));
        Assert.Equal(new DateTimeOffset(2017, 6, 22, 10, 30, 0, TimeSpan.Zero).AddTicks(1_234_567), document.Fields.GetTimestamp("joined"));
        Assert.Empty(document.Fields.GetArray("empty"));
        Assert.Empty(document.Fields.GetMap("none"));
        Assert.Equal(new ArrayValue(false), document.Fields.GetMap("nested")["tags"]);
        Assert.Equal(new DateTimeOffset(2026, 11, 25, 20, 50, 30, 538, 723, TimeSpan.Zero), document.CreateTime);
    }

    [Fact]
    public void Timestamps_keep_microseconds_and_drop_finer_ticks()
    {
        var value = new TimestampValue(new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.Zero).AddTicks(1_234_567));

        var json = JsonSerializer.Serialize<FirestoreValue>(value, FirestoreJsonContext.Default.FirestoreValue);

        Assert.Equal("""{"timestampValue":"2024-01-02T03:04:05.123456Z"}""", json);
    }

    [Fact]
    public void Value_types_this_client_does_not_map_fail_clearly()
    {
        var error = Assert.Throws<FirestoreMappingException>(
            () => JsonSerializer.Deserialize("""{"bytesValue":"AAE="}""", FirestoreJsonContext.Default.FirestoreValue));

        Assert.Contains("bytesValue", error.Message, StringComparison.Ordinal);
    }
}
