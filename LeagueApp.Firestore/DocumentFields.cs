using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace LeagueApp.Firestore;

/// <summary>
/// The fields of a document. Built once with an initializer
/// (<c>new DocumentFields { ["goals"] = 12 }</c>) and read-only afterwards.
/// </summary>
public sealed class DocumentFields : IReadOnlyDictionary<string, FirestoreValue>, IEquatable<DocumentFields>
{
    private readonly Dictionary<string, FirestoreValue> _fields;

    public DocumentFields()
    {
        _fields = new Dictionary<string, FirestoreValue>(StringComparer.Ordinal);
    }

    public DocumentFields(IEnumerable<KeyValuePair<string, FirestoreValue>> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        _fields = new Dictionary<string, FirestoreValue>(fields, StringComparer.Ordinal);
    }

    public static DocumentFields Empty { get; } = new();

    public FirestoreValue this[string name]
    {
        get => _fields[name];
        init
        {
            ArgumentException.ThrowIfNullOrEmpty(name);
            _fields[name] = value ?? NullValue.Instance;
        }
    }

    public int Count => _fields.Count;

    public IEnumerable<string> Keys => _fields.Keys;

    public IEnumerable<FirestoreValue> Values => _fields.Values;

    public bool ContainsKey(string key) => _fields.ContainsKey(key);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out FirestoreValue value) => _fields.TryGetValue(key, out value);

    public IEnumerator<KeyValuePair<string, FirestoreValue>> GetEnumerator() => _fields.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>A copy with one field added or replaced.</summary>
    public DocumentFields With(string name, FirestoreValue value) => new(this) { [name] = value };

    /// <summary>A copy without the named field (an update whose mask must leave that field alone).</summary>
    public DocumentFields Without(string name) => new(_fields.Where(field => field.Key != name));

    public string GetString(string name) => Require<StringValue>(name).Value;

    public string? GetStringOrNull(string name) => Find<StringValue>(name)?.Value;

    public long GetInt64(string name) => Require<IntegerValue>(name).Value;

    public long? GetInt64OrNull(string name) => Find<IntegerValue>(name)?.Value;

    public int GetInt32(string name) => ToInt32(name, GetInt64(name));

    public int? GetInt32OrNull(string name) => GetInt64OrNull(name) is { } value ? ToInt32(name, value) : null;

    /// <summary>Integers are accepted too: other writers may store a whole number as an integer.</summary>
    public double GetDouble(string name) => GetDoubleOrNull(name) ?? throw FirestoreMappingException.Missing(name);

    public double? GetDoubleOrNull(string name) => Find<FirestoreValue>(name) switch
    {
        null => null,
        DoubleValue number => number.Value,
        IntegerValue number => number.Value,
        var other => throw FirestoreMappingException.WrongType(name, nameof(DoubleValue), other),
    };

    public bool GetBoolean(string name) => Require<BooleanValue>(name).Value;

    public bool? GetBooleanOrNull(string name) => Find<BooleanValue>(name)?.Value;

    public DateTimeOffset GetTimestamp(string name) => Require<TimestampValue>(name).Value;

    public DateTimeOffset? GetTimestampOrNull(string name) => Find<TimestampValue>(name)?.Value;

    public IReadOnlyList<FirestoreValue> GetArray(string name) => Require<ArrayValue>(name).Values;

    public DocumentFields GetMap(string name) => Require<MapValue>(name).Fields;

    /// <summary>The value at a path through nested maps, or null when there is none.</summary>
    internal FirestoreValue? At(FieldPath path)
    {
        FirestoreValue? value = new MapValue(this);
        foreach (var segment in path.Segments)
        {
            value = value is MapValue map && map.Fields.TryGetValue(segment, out var inner) ? inner : null;
        }

        return value;
    }

    public bool Equals(DocumentFields? other) =>
        other is not null
        && Count == other.Count
        && _fields.All(field => other._fields.TryGetValue(field.Key, out var value) && field.Value.Equals(value));

    public override bool Equals(object? obj) => Equals(obj as DocumentFields);

    // Order-independent, like the equality above.
    public override int GetHashCode() => _fields.Aggregate(Count, (hash, field) => hash ^ HashCode.Combine(field.Key, field.Value));

    public override string ToString() => $"{{ {string.Join(", ", _fields.Select(field => $"{field.Key} = {field.Value}"))} }}";

    // A stored null reads like a missing field: Firestore documents are schemaless.
    private TValue? Find<TValue>(string name)
        where TValue : FirestoreValue
    {
        if (!_fields.TryGetValue(name, out var value) || value is NullValue)
        {
            return null;
        }

        return value as TValue ?? throw FirestoreMappingException.WrongType(name, typeof(TValue).Name, value);
    }

    private TValue Require<TValue>(string name)
        where TValue : FirestoreValue =>
        Find<TValue>(name) ?? throw FirestoreMappingException.Missing(name);

    private static int ToInt32(string name, long value) =>
        value is >= int.MinValue and <= int.MaxValue
            ? (int)value
            : throw new FirestoreMappingException($"Field '{name}' holds {value}, which does not fit in an Int32.", name);
}
