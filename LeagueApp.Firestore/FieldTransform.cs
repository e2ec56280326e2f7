namespace LeagueApp.Firestore;

/// <summary>
/// A server-side change of one field applied atomically with its write, so concurrent writers
/// need no transaction to adjust a number.
/// </summary>
public sealed record FieldTransform
{
    private FieldTransform(string field, FirestoreValue incrementBy)
    {
        ArgumentException.ThrowIfNullOrEmpty(field);
        Field = field;
        IncrementBy = incrementBy;
    }

    public string Field { get; }

    /// <summary>An <see cref="IntegerValue"/> or a <see cref="DoubleValue"/>.</summary>
    public FirestoreValue IncrementBy { get; }

    public static FieldTransform Increment(string field, long delta) => new(field, new IntegerValue(delta));

    public static FieldTransform Increment(string field, double delta) => new(field, new DoubleValue(delta));
}
