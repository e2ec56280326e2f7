using Google.Protobuf.Collections;
using Google.Protobuf.WellKnownTypes;
using V1 = Google.Cloud.Firestore.V1;

namespace LeagueApp.Firestore;

/// <summary>Translates between the public model and the google.firestore.v1 messages.</summary>
internal static class ProtoMapper
{
    private const long TicksPerMicrosecond = TimeSpan.TicksPerMillisecond / 1000;

    public static FirestoreDocument ToDocument(V1.Document document)
    {
        var (collection, id) = ResourceNames.ParseDocument(
            string.IsNullOrEmpty(document.Name) ? throw new FirestoreMappingException("Firestore returned a document without a name.") : document.Name);
        return new FirestoreDocument(collection, id, ToFields(document.Fields), ToTime(document.CreateTime), ToTime(document.UpdateTime));
    }

    public static FirestoreValue ToValue(V1.Value value) => value.ValueTypeCase switch
    {
        V1.Value.ValueTypeOneofCase.NullValue => NullValue.Instance,
        V1.Value.ValueTypeOneofCase.BooleanValue => new BooleanValue(value.BooleanValue),
        V1.Value.ValueTypeOneofCase.IntegerValue => new IntegerValue(value.IntegerValue),
        V1.Value.ValueTypeOneofCase.DoubleValue => new DoubleValue(value.DoubleValue),
        V1.Value.ValueTypeOneofCase.StringValue => new StringValue(value.StringValue),
        V1.Value.ValueTypeOneofCase.TimestampValue => new TimestampValue(value.TimestampValue.ToDateTimeOffset()),
        V1.Value.ValueTypeOneofCase.ArrayValue => new ArrayValue([.. value.ArrayValue.Values.Select(ToValue)]),
        V1.Value.ValueTypeOneofCase.MapValue => new MapValue(ToFields(value.MapValue.Fields)),
        V1.Value.ValueTypeOneofCase.BytesValue => new BytesValue(value.BytesValue.ToByteArray()),
        V1.Value.ValueTypeOneofCase.ReferenceValue => new ReferenceValue(value.ReferenceValue),
        V1.Value.ValueTypeOneofCase.GeoPointValue => new GeoPointValue(value.GeoPointValue.Latitude, value.GeoPointValue.Longitude),
        var kind => throw new FirestoreMappingException($"Firestore value type '{kind}' is not supported by this client."),
    };

    public static V1.Value ToProto(FirestoreValue value) => value switch
    {
        NullValue => new V1.Value { NullValue = Google.Protobuf.WellKnownTypes.NullValue.NullValue },
        BooleanValue boolean => new V1.Value { BooleanValue = boolean.Value },
        IntegerValue integer => new V1.Value { IntegerValue = integer.Value },
        DoubleValue number => new V1.Value { DoubleValue = number.Value },
        StringValue text => new V1.Value { StringValue = text.Value },
        TimestampValue timestamp => new V1.Value { TimestampValue = ToProto(timestamp.Value) },
        ArrayValue array => new V1.Value { ArrayValue = new V1.ArrayValue { Values = { array.Values.Select(ToProto) } } },
        MapValue map => new V1.Value { MapValue = ToMap(map.Fields) },
        BytesValue bytes => new V1.Value { BytesValue = Google.Protobuf.ByteString.CopyFrom(bytes.Value.Span) },
        ReferenceValue reference => new V1.Value { ReferenceValue = reference.Name },
        GeoPointValue point => new V1.Value { GeoPointValue = new Google.Type.LatLng { Latitude = point.Latitude, Longitude = point.Longitude } },
        _ => throw new FirestoreMappingException($"{value.GetType().Name} cannot be written to Firestore."),
    };

    public static V1.MapValue ToMap(DocumentFields fields)
    {
        var map = new V1.MapValue();
        AddFields(map.Fields, fields);
        return map;
    }

    public static V1.Document ToProto(string? name, DocumentFields fields)
    {
        var document = new V1.Document { Name = name ?? "" };
        AddFields(document.Fields, fields);
        return document;
    }

    /// <summary>Firestore keeps microseconds: finer ticks are dropped, so what is sent is exactly what comes back.</summary>
    public static Timestamp ToProto(DateTimeOffset time) =>
        Timestamp.FromDateTimeOffset(time.AddTicks(-(time.UtcTicks % TicksPerMicrosecond)));

    public static DateTimeOffset? ToTime(Timestamp? timestamp) => timestamp?.ToDateTimeOffset();

    public static V1.Write ToProto(Write write, ResourceNames names)
    {
        var name = names.Document(write.Collection, write.Id);
        var proto = write.Kind == WriteKind.Delete
            ? new V1.Write { Delete = name }
            : new V1.Write
            {
                Update = ToProto(name, write.Fields),

                // An update's mask is what keeps the other stored fields: an empty mask (an increment
                // alone) must still be sent, or the write would replace the whole document.
                UpdateMask = write.Kind == WriteKind.Update ? ToMask(write.Fields.Keys) : null,
                UpdateTransforms =
                {
                    write.Transforms.Select(transform => new V1.DocumentTransform.Types.FieldTransform
                    {
                        FieldPath = FieldPaths.Quote(transform.Field),
                        Increment = ToProto(transform.IncrementBy),
                    }),
                },
            };
        proto.CurrentDocument = ToProto(write.Precondition);
        return proto;
    }

    public static V1.DocumentMask ToMask(IEnumerable<string> fieldNames) => new() { FieldPaths = { fieldNames.Select(FieldPaths.Quote) } };

    public static V1.Precondition? ToProto(Precondition precondition) => precondition switch
    {
        { Exists: { } exists } => new V1.Precondition { Exists = exists },
        { UpdateTime: { } updateTime } => new V1.Precondition { UpdateTime = ToProto(updateTime) },
        _ => null,
    };

    public static V1.StructuredQuery ToProto(FirestoreQuery query)
    {
        var proto = new V1.StructuredQuery
        {
            From = { new V1.StructuredQuery.Types.CollectionSelector { CollectionId = query.Collection } },
            Where = query.Filters.Count switch
            {
                0 => null,
                1 => ToProto(query.Filters[0]),
                _ => new V1.StructuredQuery.Types.Filter
                {
                    CompositeFilter = new V1.StructuredQuery.Types.CompositeFilter
                    {
                        Op = V1.StructuredQuery.Types.CompositeFilter.Types.Operator.And,
                        Filters = { query.Filters.Select(ToProto) },
                    },
                },
            },
            OrderBy =
            {
                query.Orders.Select(order => new V1.StructuredQuery.Types.Order
                {
                    Field = Field(order.FieldPath),
                    Direction = ToProto(order.Direction),
                }),
            },
        };
        if (query.MaxResults is { } limit)
        {
            proto.Limit = limit;
        }

        return proto;
    }

    private static DocumentFields ToFields(MapField<string, V1.Value> fields) =>
        fields.Count == 0 ? DocumentFields.Empty : new DocumentFields(fields.Select(field => KeyValuePair.Create(field.Key, ToValue(field.Value))));

    private static void AddFields(MapField<string, V1.Value> target, DocumentFields fields)
    {
        foreach (var (name, value) in fields)
        {
            target.Add(name, ToProto(value));
        }
    }

    // Firestore compares with null only through the unary filters.
    private static V1.StructuredQuery.Types.Filter ToProto(QueryFilter filter) => filter switch
    {
        { Operator: FieldOperator.Equal, Value: NullValue } => Unary(V1.StructuredQuery.Types.UnaryFilter.Types.Operator.IsNull, filter.FieldPath),
        { Operator: FieldOperator.NotEqual, Value: NullValue } => Unary(V1.StructuredQuery.Types.UnaryFilter.Types.Operator.IsNotNull, filter.FieldPath),
        _ => new V1.StructuredQuery.Types.Filter
        {
            FieldFilter = new V1.StructuredQuery.Types.FieldFilter
            {
                Field = Field(filter.FieldPath),
                Op = ToProto(filter.Operator),
                Value = ToProto(filter.Value),
            },
        },
    };

    private static V1.StructuredQuery.Types.Filter Unary(V1.StructuredQuery.Types.UnaryFilter.Types.Operator op, string fieldPath) => new()
    {
        UnaryFilter = new V1.StructuredQuery.Types.UnaryFilter { Op = op, Field = Field(fieldPath) },
    };

    private static V1.StructuredQuery.Types.FieldReference Field(string fieldPath) => new() { FieldPath = fieldPath };

    private static V1.StructuredQuery.Types.FieldFilter.Types.Operator ToProto(FieldOperator op) => op switch
    {
        FieldOperator.Equal => V1.StructuredQuery.Types.FieldFilter.Types.Operator.Equal,
        FieldOperator.NotEqual => V1.StructuredQuery.Types.FieldFilter.Types.Operator.NotEqual,
        FieldOperator.LessThan => V1.StructuredQuery.Types.FieldFilter.Types.Operator.LessThan,
        FieldOperator.LessThanOrEqual => V1.StructuredQuery.Types.FieldFilter.Types.Operator.LessThanOrEqual,
        FieldOperator.GreaterThan => V1.StructuredQuery.Types.FieldFilter.Types.Operator.GreaterThan,
        FieldOperator.GreaterThanOrEqual => V1.StructuredQuery.Types.FieldFilter.Types.Operator.GreaterThanOrEqual,
        FieldOperator.In => V1.StructuredQuery.Types.FieldFilter.Types.Operator.In,
        FieldOperator.ArrayContains => V1.StructuredQuery.Types.FieldFilter.Types.Operator.ArrayContains,
        _ => throw new ArgumentOutOfRangeException(nameof(op), op, "Unknown operator."),
    };

    private static V1.StructuredQuery.Types.Direction ToProto(SortDirection direction) => direction switch
    {
        SortDirection.Ascending => V1.StructuredQuery.Types.Direction.Ascending,
        SortDirection.Descending => V1.StructuredQuery.Types.Direction.Descending,
        _ => throw new ArgumentOutOfRangeException(nameof(direction), direction, "Unknown direction."),
    };
}
