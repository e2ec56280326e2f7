namespace LeagueApp.Firestore;

/// <summary>
/// A server-side change of one field applied atomically with its write, so concurrent writers
/// need no transaction to adjust a number. The sentinels of a write's data
/// (<see cref="FirestoreValue.ServerTimestamp"/>, <see cref="FirestoreValue.ArrayUnion"/>, ...) become these too.
/// </summary>
public sealed record FieldTransform
{
    internal FieldTransform(FieldPath field, FieldSentinel operation)
    {
        ArgumentNullException.ThrowIfNull(field);
        Field = field;
        Operation = operation;
    }

    public FieldPath Field { get; }

    internal FieldSentinel Operation { get; }

    public static FieldTransform Increment(FieldPath field, long delta) => new(field, new IncrementSentinel(new IntegerValue(delta)));

    public static FieldTransform Increment(FieldPath field, double delta) => new(field, new IncrementSentinel(new DoubleValue(delta)));
}
