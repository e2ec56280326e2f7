namespace LeagueApp.Firestore.Wire;

/// <summary>Translates between the public model and the REST API's messages.</summary>
internal static class WireMapper
{
    public static FirestoreDocument ToDocument(WireDocument wire)
    {
        var (collection, id) = ResourceNames.ParseDocument(
            wire.Name ?? throw new FirestoreMappingException("Firestore returned a document without a name."));
        var fields = wire.Fields is null ? DocumentFields.Empty : new DocumentFields(wire.Fields);
        return new FirestoreDocument(collection, id, fields, wire.CreateTime, wire.UpdateTime);
    }

    public static WireWrite ToWire(Write write, ResourceNames names)
    {
        var name = names.Document(write.Collection, write.Id);
        var precondition = ToWire(write.Precondition);
        if (write.Kind == WriteKind.Delete)
        {
            return new WireWrite(Delete: name, CurrentDocument: precondition);
        }

        // An update's mask is what keeps the other stored fields: an empty mask (an increment
        // alone) must still be sent, or the write would replace the whole document.
        return new WireWrite(
            Update: new WireDocument(name, write.Fields),
            UpdateMask: write.Kind == WriteKind.Update ? ToMask(write.Fields.Keys) : null,
            UpdateTransforms: write.Transforms.Count == 0
                ? null
                : [.. write.Transforms.Select(transform => new WireFieldTransform(FieldPaths.Quote(transform.Field), transform.IncrementBy))],
            CurrentDocument: precondition);
    }

    public static WireDocumentMask ToMask(IEnumerable<string> fieldNames) => new([.. fieldNames.Select(FieldPaths.Quote)]);

    public static WirePrecondition? ToWire(Precondition precondition) =>
        precondition.IsNone
            ? null
            : new WirePrecondition(precondition.Exists, precondition.UpdateTime is { } time ? WireTimestamp.ToRfc3339(time) : null);

    public static WireStructuredQuery ToWire(FirestoreQuery query) => new(
        From: [new WireCollectionSelector(query.Collection)],
        Where: query.Filters.Count switch
        {
            0 => null,
            1 => ToWire(query.Filters[0]),
            _ => new WireFilter(CompositeFilter: new WireCompositeFilter("AND", [.. query.Filters.Select(ToWire)])),
        },
        OrderBy: query.Orders.Count == 0
            ? null
            : [.. query.Orders.Select(order => new WireOrder(new WireFieldReference(order.FieldPath), ToWire(order.Direction)))],
        Limit: query.MaxResults);

    // Firestore compares with null only through the unary filters.
    private static WireFilter ToWire(QueryFilter filter) => filter switch
    {
        { Operator: FieldOperator.Equal, Value: NullValue } =>
            new WireFilter(UnaryFilter: new WireUnaryFilter("IS_NULL", new WireFieldReference(filter.FieldPath))),
        { Operator: FieldOperator.NotEqual, Value: NullValue } =>
            new WireFilter(UnaryFilter: new WireUnaryFilter("IS_NOT_NULL", new WireFieldReference(filter.FieldPath))),
        _ => new WireFilter(FieldFilter: new WireFieldFilter(new WireFieldReference(filter.FieldPath), ToWire(filter.Operator), filter.Value)),
    };

    private static string ToWire(FieldOperator op) => op switch
    {
        FieldOperator.Equal => "EQUAL",
        FieldOperator.NotEqual => "NOT_EQUAL",
        FieldOperator.LessThan => "LESS_THAN",
        FieldOperator.LessThanOrEqual => "LESS_THAN_OR_EQUAL",
        FieldOperator.GreaterThan => "GREATER_THAN",
        FieldOperator.GreaterThanOrEqual => "GREATER_THAN_OR_EQUAL",
        FieldOperator.In => "IN",
        FieldOperator.ArrayContains => "ARRAY_CONTAINS",
        _ => throw new ArgumentOutOfRangeException(nameof(op), op, "Unknown operator."),
    };

    private static string ToWire(SortDirection direction) => direction switch
    {
        SortDirection.Ascending => "ASCENDING",
        SortDirection.Descending => "DESCENDING",
        _ => throw new ArgumentOutOfRangeException(nameof(direction), direction, "Unknown direction."),
    };
}
