using Google.Protobuf;
using V1 = Google.Cloud.Firestore.V1;

namespace LeagueApp.Firestore.Tests;

public sealed class ProtoValueTests
{
    public static TheoryData<FirestoreValue, string> ApiForms => new()
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
        { new ArrayValue(), """{"arrayValue":{}}""" },
        { new MapValue(new DocumentFields { ["goals"] = 3 }), """{"mapValue":{"fields":{"goals":{"integerValue":"3"}}}}""" },
        { new MapValue(DocumentFields.Empty), """{"mapValue":{}}""" },
    };

    [Theory]
    [MemberData(nameof(ApiForms))]
    public void Values_become_the_apis_values(FirestoreValue value, string json)
    {
        Assert.Equal(V1.Value.Parser.ParseJson(json), ProtoMapper.ToProto(value));
    }

    [Theory]
    [MemberData(nameof(ApiForms))]
    public void The_apis_values_read_back_equal(FirestoreValue value, string json)
    {
        Assert.Equal(value, ProtoMapper.ToValue(V1.Value.Parser.ParseJson(json)));
    }

    [Fact]
    public void A_document_reads_into_values_with_its_name_and_times()
    {
        var document = ProtoMapper.ToDocument(V1.Document.Parser.ParseJson("""
            {
              "name": "projects/p/databases/(default)/documents/Players/salah",
              "fields": {
                "goals": { "integerValue": "30" },
                "big": { "integerValue": "9007199254740993" },
                "infinite": { "doubleValue": "Infinity" },
                "joined": { "timestampValue": "2017-06-22T10:30:00.123456789Z" },
                "nested": { "mapValue": { "fields": { "tags": { "arrayValue": { "values": [ { "booleanValue": false } ] } } } } }
              },
              "createTime": "2026-11-25T20:50:30.538723Z",
              "updateTime": "2026-11-25T20:50:31Z"
            }
            """));

        Assert.Equal(("Players", "salah"), (document.Collection, document.Id));
        Assert.Equal(30, document.Fields.GetInt64("goals"));
        Assert.Equal(9007199254740993, document.Fields.GetInt64("big"));
        Assert.Equal(double.PositiveInfinity, document.Fields.GetDouble("infinite"));
        Assert.Equal(new DateTimeOffset(2017, 6, 22, 10, 30, 0, TimeSpan.Zero).AddTicks(1_234_567), document.Fields.GetTimestamp("joined"));
        Assert.Equal(new ArrayValue(false), document.Fields.GetMap("nested")["tags"]);
        Assert.Equal(new DateTimeOffset(2026, 11, 25, 20, 50, 30, 538, 723, TimeSpan.Zero), document.CreateTime);
        Assert.Equal(new DateTimeOffset(2026, 11, 25, 20, 50, 31, TimeSpan.Zero), document.UpdateTime);
    }

    [Fact]
    public void Timestamps_keep_microseconds_and_drop_finer_ticks()
    {
        var value = new TimestampValue(new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.Zero).AddTicks(1_234_567));

        Assert.Equal(123_456_000, ProtoMapper.ToProto(value).TimestampValue.Nanos);
    }

    [Fact]
    public void Bytes_references_and_geo_points_map_both_ways()
    {
        var bytes = new V1.Value { BytesValue = ByteString.CopyFrom(0, 1, 255) };
        var reference = new V1.Value { ReferenceValue = "projects/p/databases/(default)/documents/Teams/Chelsea" };
        var point = new V1.Value { GeoPointValue = new Google.Type.LatLng { Latitude = 51.4816, Longitude = -0.191 } };

        Assert.Equal(new BytesValue(new byte[] { 0, 1, 255 }), ProtoMapper.ToValue(bytes));
        Assert.Equal(new ReferenceValue("projects/p/databases/(default)/documents/Teams/Chelsea"), ProtoMapper.ToValue(reference));
        Assert.Equal(new GeoPointValue(51.4816, -0.191), ProtoMapper.ToValue(point));
        Assert.Equal([bytes, reference, point], new[] { bytes, reference, point }.Select(v => ProtoMapper.ToProto(ProtoMapper.ToValue(v))));
    }

    [Fact]
    public void A_value_without_a_type_fails_clearly()
    {
        var error = Assert.Throws<FirestoreMappingException>(() => ProtoMapper.ToValue(new V1.Value()));

        Assert.Contains("None", error.Message, StringComparison.Ordinal);
    }
}
