using System.Collections.Immutable;

namespace LeagueApp.Firestore;

/// <summary>
/// An immutable structured query over one top-level collection. Each call returns a new query;
/// several <see cref="Where"/> calls must all hold (AND), several <see cref="OrderBy"/> calls sort by
/// each in turn, and of the other calls the last one counts. Invalid arguments are refused with an
/// <see cref="ArgumentException"/>, those that depend on the whole query when it is run.
/// </summary>
public sealed record FirestoreQuery
{
    public FirestoreQuery(string collection)
    {
        ResourceNames.ValidateSegment(collection, nameof(collection));
        Collection = collection;
    }

    public string Collection { get; }

    public ImmutableList<QueryFilter> Filters { get; private init; } = [];

    public ImmutableList<QueryOrder> Orders { get; private init; } = [];

    public int? MaxResults { get; private init; }

    internal int? Skipped { get; private init; }

    /// <summary>The fields each result holds; null: all of them.</summary>
    internal IReadOnlyList<FieldPath>? Projection { get; private init; }

    internal QueryCursor? Start { get; private init; }

    internal QueryCursor? End { get; private init; }

    /// <summary>
    /// A condition on a field. Null and NaN compare only with <see cref="FieldOperator.Equal"/> and
    /// <see cref="FieldOperator.NotEqual"/> (Firestore tests them as "is null", "is NaN").
    /// </summary>
    public FirestoreQuery Where(FieldPath fieldPath, FieldOperator op, FirestoreValue value)
    {
        ArgumentNullException.ThrowIfNull(fieldPath);
        ArgumentNullException.ThrowIfNull(value);
        if (!Enum.IsDefined(op))
        {
            throw new ArgumentOutOfRangeException(nameof(op), op, "Unknown operator.");
        }

        WriteData.RefuseSentinels(value, nameof(value), "a query");
        if (op == FieldOperator.In && value is not ArrayValue)
        {
            throw new ArgumentException("The In operator needs an ArrayValue of candidates.", nameof(value));
        }

        if (value is NullValue or DoubleValue { Value: double.NaN } && op is not (FieldOperator.Equal or FieldOperator.NotEqual))
        {
            throw new ArgumentException($"{op} cannot compare with {value}: null and NaN compare only as equal or not equal.", nameof(value));
        }

        return this with { Filters = Filters.Add(new QueryFilter(fieldPath, op, value)) };
    }

    public FirestoreQuery OrderBy(FieldPath fieldPath, SortDirection direction = SortDirection.Ascending)
    {
        ArgumentNullException.ThrowIfNull(fieldPath);
        if (!Enum.IsDefined(direction))
        {
            throw new ArgumentOutOfRangeException(nameof(direction), direction, "Unknown direction.");
        }

        return this with { Orders = Orders.Add(new QueryOrder(fieldPath, direction)) };
    }

    public FirestoreQuery Limit(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        return this with { MaxResults = count };
    }

    /// <summary>Skips the first <paramref name="count"/> results (Firestore still reads them).</summary>
    public FirestoreQuery Offset(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        return this with { Skipped = count };
    }

    /// <summary>Results hold only these fields; with none, only their names.</summary>
    public FirestoreQuery Select(params IReadOnlyList<FieldPath> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        return fields.Any(field => field is null)
            ? throw new ArgumentException("A selected field path is null.", nameof(fields))
            : this with { Projection = [.. fields] };
    }

    /// <summary>The same query without its projection: whole documents.</summary>
    internal FirestoreQuery WithoutProjection() => this with { Projection = null };

    /// <summary>Results from these values of the orders on, inclusive; fewer values than orders compare a prefix.</summary>
    public FirestoreQuery StartAt(params IReadOnlyList<FirestoreValue> values) => this with { Start = Cursor(values, before: true) };

    /// <summary>Results from <paramref name="document"/>'s position on, inclusive.</summary>
    public FirestoreQuery StartAt(FirestoreDocument document) => this with { Start = Cursor(document, before: true) };

    public FirestoreQuery StartAfter(params IReadOnlyList<FirestoreValue> values) => this with { Start = Cursor(values, before: false) };

    public FirestoreQuery StartAfter(FirestoreDocument document) => this with { Start = Cursor(document, before: false) };

    public FirestoreQuery EndAt(params IReadOnlyList<FirestoreValue> values) => this with { End = Cursor(values, before: false) };

    public FirestoreQuery EndAt(FirestoreDocument document) => this with { End = Cursor(document, before: false) };

    public FirestoreQuery EndBefore(params IReadOnlyList<FirestoreValue> values) => this with { End = Cursor(values, before: true) };

    public FirestoreQuery EndBefore(FirestoreDocument document) => this with { End = Cursor(document, before: true) };

    /// <summary>
    /// The orders sent. A cursor from a document needs one exact position: the orders end with the
    /// document's name, in the direction of the last one; without any, an inequality filter's field
    /// comes first, as Firestore orders by it anyway.
    /// </summary>
    internal IReadOnlyList<QueryOrder> EffectiveOrders()
    {
        if (Start?.Document is null && End?.Document is null)
        {
            return Orders;
        }

        var orders = Orders.Count == 0 && Filters.FirstOrDefault(filter => IsInequality(filter.Operator)) is { } inequality
            ? [new QueryOrder(inequality.FieldPath, SortDirection.Ascending)]
            : Orders;
        return orders is [.., { FieldPath: var last }] && last == FieldPath.DocumentId
            ? orders
            : [.. orders, new QueryOrder(FieldPath.DocumentId, orders.Count == 0 ? SortDirection.Ascending : orders[^1].Direction)];
    }

    private static bool IsInequality(FieldOperator op) =>
        op is FieldOperator.LessThan or FieldOperator.LessThanOrEqual or FieldOperator.GreaterThan or FieldOperator.GreaterThanOrEqual or FieldOperator.NotEqual;

    private static QueryCursor Cursor(IReadOnlyList<FirestoreValue> values, bool before)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count == 0)
        {
            throw new ArgumentException("A cursor needs a value for at least the first order.", nameof(values));
        }

        foreach (var value in values)
        {
            ArgumentNullException.ThrowIfNull(value, nameof(values));
            WriteData.RefuseSentinels(value, nameof(values), "a query");
        }

        return new QueryCursor([.. values], Document: null, before);
    }

    private QueryCursor Cursor(FirestoreDocument document, bool before)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document.Collection == Collection
            ? new QueryCursor([], document, before)
            : throw new ArgumentException($"The document is in '{document.Collection}'; the query reads '{Collection}'.", nameof(document));
    }
}
