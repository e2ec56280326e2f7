namespace LeagueApp.Firestore;

/// <summary>One write of an atomic commit. Built with the static factories.</summary>
public sealed record Write
{
    private Write(WriteKind kind, string collection, string id, DocumentFields fields, Precondition precondition)
    {
        ResourceNames.ValidateSegment(collection, nameof(collection));
        ResourceNames.ValidateSegment(id, nameof(id));
        ArgumentNullException.ThrowIfNull(fields);
        Kind = kind;
        Collection = collection;
        Id = id;
        Fields = fields;
        Precondition = precondition;
    }

    public WriteKind Kind { get; }

    public string Collection { get; }

    public string Id { get; }

    public DocumentFields Fields { get; }

    public Precondition Precondition { get; }

    public IReadOnlyList<FieldTransform> Transforms { get; private init; } = [];

    public static Write Create(string collection, string id, DocumentFields fields) =>
        new(WriteKind.Create, collection, id, fields, Precondition.MustNotExist);

    public static Write Set(string collection, string id, DocumentFields fields, Precondition? precondition = null) =>
        new(WriteKind.Set, collection, id, fields, precondition ?? Precondition.None);

    /// <summary>
    /// Writes only <paramref name="fields"/>. Without a precondition the document must exist;
    /// pass <see cref="Precondition.None"/> to create it when missing.
    /// </summary>
    public static Write Update(string collection, string id, DocumentFields fields, Precondition? precondition = null) =>
        new(WriteKind.Update, collection, id, fields, precondition ?? Precondition.MustExist);

    public static Write Delete(string collection, string id, Precondition? precondition = null) =>
        new(WriteKind.Delete, collection, id, DocumentFields.Empty, precondition ?? Precondition.None);

    /// <summary>Adds <paramref name="delta"/> to a numeric field on the server; like <see cref="Update"/>, the document must exist by default.</summary>
    public static Write Increment(string collection, string id, string field, long delta, Precondition? precondition = null) =>
        Update(collection, id, DocumentFields.Empty, precondition).With(FieldTransform.Increment(field, delta));

    /// <summary>A copy that also applies <paramref name="transform"/> after writing the fields.</summary>
    public Write With(FieldTransform transform)
    {
        ArgumentNullException.ThrowIfNull(transform);
        if (Kind == WriteKind.Delete)
        {
            throw new InvalidOperationException("A delete cannot carry field transforms.");
        }

        return this with { Transforms = [.. Transforms, transform] };
    }
}
