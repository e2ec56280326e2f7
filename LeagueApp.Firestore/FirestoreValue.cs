namespace LeagueApp.Firestore;

/// <summary>
/// One Firestore field value. The hierarchy is closed: the private protected constructor keeps
/// every kind the wire format knows in this file, and the write-only sentinels in FieldSentinel.cs.
/// </summary>
public abstract record FirestoreValue
{
    private protected FirestoreValue()
    {
    }

    public static FirestoreValue Null => NullValue.Instance;

    /// <summary>In a write's data: the field is set to the commit's time on the server.</summary>
    public static FirestoreValue ServerTimestamp => ServerTimestampSentinel.Instance;

    /// <summary>In an update's data or a merge's: the field is removed.</summary>
    public static FirestoreValue Delete => DeleteSentinel.Instance;

    /// <summary>In a write's data: the field's array gets those of <paramref name="elements"/> it lacks (a missing field becomes them).</summary>
    public static FirestoreValue ArrayUnion(params IReadOnlyList<FirestoreValue> elements) => new ArraySentinel(new ArrayValue(elements), Remove: false);

    /// <summary>In a write's data: every occurrence of <paramref name="elements"/> is removed from the field's array.</summary>
    public static FirestoreValue ArrayRemove(params IReadOnlyList<FirestoreValue> elements) => new ArraySentinel(new ArrayValue(elements), Remove: true);

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
