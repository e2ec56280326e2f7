namespace LeagueApp.Firestore;

/// <summary>
/// One Firestore field value. The hierarchy is closed: the private protected constructor keeps
/// every kind the wire format knows in this file.
/// </summary>
public abstract record FirestoreValue
{
    private protected FirestoreValue()
    {
    }

    public static FirestoreValue Null => NullValue.Instance;

    public static implicit operator FirestoreValue(string? value) => value is null ? NullValue.Instance : new StringValue(value);

    public static implicit operator FirestoreValue(long value) => new IntegerValue(value);

    public static implicit operator FirestoreValue(int value) => new IntegerValue(value);

    public static implicit operator FirestoreValue(bool value) => new BooleanValue(value);

    public static implicit operator FirestoreValue(double value) => new DoubleValue(value);

    public static implicit operator FirestoreValue(DateTimeOffset value) => new TimestampValue(value);
}

public sealed record NullValue : FirestoreValue
{
    private NullValue()
    {
    }

    public static NullValue Instance { get; } = new();
}

public sealed record BooleanValue(bool Value) : FirestoreValue;

public sealed record IntegerValue(long Value) : FirestoreValue;

public sealed record DoubleValue(double Value) : FirestoreValue;

public sealed record StringValue(string Value) : FirestoreValue;

/// <summary>Firestore stores microseconds: finer ticks are dropped on the wire.</summary>
public sealed record TimestampValue(DateTimeOffset Value) : FirestoreValue;

public sealed record ArrayValue(params IReadOnlyList<FirestoreValue> Values) : FirestoreValue
{
    // Records compare collections by reference; values compare by content.
    public bool Equals(ArrayValue? other) => other is not null && Values.SequenceEqual(other.Values);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var value in Values)
        {
            hash.Add(value);
        }

        return hash.ToHashCode();
    }
}

public sealed record MapValue(DocumentFields Fields) : FirestoreValue;

public sealed record BytesValue(ReadOnlyMemory<byte> Value) : FirestoreValue
{
    // Records compare memory by reference; values compare by content.
    public bool Equals(BytesValue? other) => other is not null && Value.Span.SequenceEqual(other.Value.Span);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.AddBytes(Value.Span);
        return hash.ToHashCode();
    }
}

/// <summary>A reference to another document, by its full resource name (projects/.../documents/...).</summary>
public sealed record ReferenceValue(string Name) : FirestoreValue;

public sealed record GeoPointValue(double Latitude, double Longitude) : FirestoreValue;
