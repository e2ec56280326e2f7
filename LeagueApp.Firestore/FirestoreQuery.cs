using System.Collections.Immutable;

namespace LeagueApp.Firestore;

/// <summary>
/// An immutable structured query over one top-level collection. Each call returns a new query;
/// several <see cref="Where"/> calls must all hold (AND).
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

    public FirestoreQuery Where(string fieldPath, FieldOperator op, FirestoreValue value)
    {
        ArgumentException.ThrowIfNullOrEmpty(fieldPath);
        ArgumentNullException.ThrowIfNull(value);
        if (op == FieldOperator.In && value is not ArrayValue)
        {
            throw new ArgumentException("The In operator needs an ArrayValue of candidates.", nameof(value));
        }

        return this with { Filters = Filters.Add(new QueryFilter(fieldPath, op, value)) };
    }

    public FirestoreQuery OrderBy(string fieldPath, SortDirection direction = SortDirection.Ascending)
    {
        ArgumentException.ThrowIfNullOrEmpty(fieldPath);
        return this with { Orders = Orders.Add(new QueryOrder(fieldPath, direction)) };
    }

    public FirestoreQuery Limit(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        return this with { MaxResults = count };
    }
}
