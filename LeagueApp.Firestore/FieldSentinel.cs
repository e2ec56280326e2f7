namespace LeagueApp.Firestore;

/// <summary>
/// A value a write does not store but turns into an operation on its field: the field's server-side
/// transform, or its removal. Valid only as the value of a field in a write's data (at any depth of
/// maps, never inside an array), and never in a query.
/// </summary>
internal abstract record FieldSentinel : FirestoreValue
{
    public abstract string Name { get; }
}

internal sealed record ServerTimestampSentinel : FieldSentinel
{
    private ServerTimestampSentinel()
    {
    }

    public static ServerTimestampSentinel Instance { get; } = new();

    public override string Name => nameof(FirestoreValue.ServerTimestamp);
}

internal sealed record DeleteSentinel : FieldSentinel
{
    private DeleteSentinel()
    {
    }

    public static DeleteSentinel Instance { get; } = new();

    public override string Name => nameof(FirestoreValue.Delete);
}

/// <param name="Remove">False: append the elements the array lacks; true: remove every occurrence of them.</param>
internal sealed record ArraySentinel(ArrayValue Elements, bool Remove) : FieldSentinel
{
    public override string Name => Remove ? nameof(FirestoreValue.ArrayRemove) : nameof(FirestoreValue.ArrayUnion);
}

/// <summary>Only through <see cref="FieldTransform.Increment(FieldPath, long)"/>: an <see cref="IntegerValue"/> or a <see cref="DoubleValue"/>.</summary>
internal sealed record IncrementSentinel(FirestoreValue By) : FieldSentinel
{
    public override string Name => nameof(FieldTransform.Increment);
}
