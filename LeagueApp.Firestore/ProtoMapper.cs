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

                // An update's mask is what keeps the other stored fields: an empty mask (transforms
                // alone) must still be sent, or the write would replace the whole document.
                UpdateMask = write.Mask is null ? null : ToMask(write.Mask),
                UpdateTransforms = { write.Transforms.Select(ToProto) },
            };
        proto.CurrentDocument = ToProto(write.Precondition);
        return proto;
    }

    public static V1.CommitRequest ToCommitRequest(IEnumerable<Write> writes, ResourceNames names) =>
        new() { Database = names.Database, Writes = { writes.Select(write => ToProto(write, names)) } };

    public static V1.DocumentMask ToMask(IEnumerable<FieldPath> fieldPaths) => new() { FieldPaths = { fieldPaths.Select(path => path.ToString()) } };

    public static V1.Precondition? ToProto(Precondition precondition) => precondition switch
    {
        { Exists: { } exists } => new V1.Precondition { Exists = exists },
        { UpdateTime: { } updateTime } => new V1.Precondition { UpdateTime = ToProto(updateTime) },
        _ => null,
    };

    /// <exception cref="ArgumentException">A cursor that does not fit the query's orders.</exception>
    public static V1.StructuredQuery ToProto(FirestoreQuery query, ResourceNames names)
    {
        var orders = query.EffectiveOrders();
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
                orders.Select(order => new V1.StructuredQuery.Types.Order
                {
                    Field = Field(order.FieldPath),
                    Direction = ToProto(order.Direction),
                }),
            },
            StartAt = ToProto(query.Start, orders, query.Collection, names),
            EndAt = ToProto(query.End, orders, query.Collection, names),
        };
        if (query.Projection is { } fields)
        {
            // An empty projection is sent as the document names alone, as Google's clients send it.
            proto.Select = new V1.StructuredQuery.Types.Projection { Fields = { (fields.Count == 0 ? [FieldPath.DocumentId] : fields).Select(Field) } };
        }

        if (query.Skipped is { } offset)
        {
            proto.Offset = offset;
        }

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

    // Firestore compares with null and NaN only through the unary filters.
    private static V1.StructuredQuery.Types.Filter ToProto(QueryFilter filter) => filter switch
    {
        { Operator: FieldOperator.Equal, Value: NullValue } => Unary(V1.StructuredQuery.Types.UnaryFilter.Types.Operator.IsNull, filter.FieldPath),
        { Operator: FieldOperator.NotEqual, Value: NullValue } => Unary(V1.StructuredQuery.Types.UnaryFilter.Types.Operator.IsNotNull, filter.FieldPath),
        { Operator: FieldOperator.Equal, Value: DoubleValue { Value: double.NaN } } => Unary(V1.StructuredQuery.Types.UnaryFilter.Types.Operator.IsNan, filter.FieldPath),
        { Operator: FieldOperator.NotEqual, Value: DoubleValue { Value: double.NaN } } => Unary(V1.StructuredQuery.Types.UnaryFilter.Types.Operator.IsNotNan, filter.FieldPath),
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

    private static V1.StructuredQuery.Types.Filter Unary(V1.StructuredQuery.Types.UnaryFilter.Types.Operator op, FieldPath fieldPath) => new()
    {
        UnaryFilter = new V1.StructuredQuery.Types.UnaryFilter { Op = op, Field = Field(fieldPath) },
    };

    private static V1.StructuredQuery.Types.FieldReference Field(FieldPath fieldPath) => new() { FieldPath = fieldPath.ToString() };

    // A value for the document name may be given as the id alone; a document cursor takes its
    // values of the orders, then its name.
    private static V1.Cursor? ToProto(QueryCursor? cursor, IReadOnlyList<QueryOrder> orders, string collection, ResourceNames names)
    {
        if (cursor is null)
        {
            return null;
        }

        var values = cursor.Document is { } document
            ? orders.Select(order => order.FieldPath == FieldPath.DocumentId
                ? new ReferenceValue(names.Document(document.Collection, document.Id))
                : document.Fields.At(order.FieldPath) ?? throw new ArgumentException($"The cursor's document has no field '{order.FieldPath}' to order by.", "query")).ToList()
            : cursor.Values;
        if (values.Count > orders.Count)
        {
            throw new ArgumentException($"A cursor of {values.Count} value(s) needs as many orders; the query has {orders.Count}.", "query");
        }

        return new V1.Cursor
        {
            Before = cursor.Before,
            Values =
            {
                values.Zip(orders, (value, order) => ToProto(order.FieldPath == FieldPath.DocumentId && value is StringValue id
                    ? new ReferenceValue(DocumentName(names, collection, id.Value))
                    : value)),
            },
        };
    }

    private static string DocumentName(ResourceNames names, string collection, string id)
    {
        ResourceNames.ValidateSegment(id, "query");
        return names.Document(collection, id);
    }

    private static V1.DocumentTransform.Types.FieldTransform ToProto(FieldTransform transform)
    {
        var proto = new V1.DocumentTransform.Types.FieldTransform { FieldPath = transform.Field.ToString() };
        switch (transform.Operation)
        {
            case ServerTimestampSentinel:
                proto.SetToServerValue = V1.DocumentTransform.Types.FieldTransform.Types.ServerValue.RequestTime;
                break;
            case ArraySentinel { Remove: false } union:
                proto.AppendMissingElements = ToProto(union.Elements).ArrayValue;
                break;
            case ArraySentinel { Remove: true } removal:
                proto.RemoveAllFromArray = ToProto(removal.Elements).ArrayValue;
                break;
            case IncrementSentinel increment:
                proto.Increment = ToProto(increment.By);
                break;
            default:
                throw new FirestoreMappingException($"{transform.Operation.Name} is not a field transform.");
        }

        return proto;
    }

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
