namespace LeagueApp.Firestore;

/// <summary>
/// One write of an atomic commit. Built with the static factories, which refuse what Firestore's own
/// clients refuse (sentinels in arrays, a Delete where nothing is removed, overlapping paths, ...)
/// with an <see cref="ArgumentException"/>, before anything is sent.
/// </summary>
public sealed record Write
{
    private Write(WriteKind kind, string collection, string id, WriteData data, Precondition precondition)
    {
        ResourceNames.ValidateSegment(collection, nameof(collection));
        ResourceNames.ValidateSegment(id, nameof(id));
        Kind = kind;
        Collection = collection;
        Id = id;
        Fields = data.Fields;
        Mask = data.Mask;
        Transforms = data.Transforms;
        Precondition = precondition;
    }

    public WriteKind Kind { get; }

    public string Collection { get; }

    public string Id { get; }

    /// <summary>The values the write stores; its data's sentinels are in <see cref="Transforms"/>, or (Delete) only in the mask.</summary>
    public DocumentFields Fields { get; }

    public Precondition Precondition { get; }

    public IReadOnlyList<FieldTransform> Transforms { get; private init; }

    /// <summary>The fields an update writes or removes, every other stored field staying; null when the whole document is written.</summary>
    internal IReadOnlyList<FieldPath>? Mask { get; }

    public static Write Create(string collection, string id, DocumentFields fields) =>
        new(WriteKind.Create, collection, id, WriteData.Document(fields), Precondition.MustNotExist);

    public static Write Set(string collection, string id, DocumentFields fields, Precondition? precondition = null) =>
        new(WriteKind.Set, collection, id, WriteData.Document(fields), precondition ?? Precondition.None);

    /// <summary>
    /// Writes the fields of <paramref name="fields"/>, nested ones too, or only those at <paramref name="paths"/>
    /// (each must be in <paramref name="fields"/>), into the document, creating it when missing; other
    /// stored fields stay. <see cref="FirestoreValue.Delete"/> removes a field.
    /// </summary>
    public static Write Merge(string collection, string id, DocumentFields fields, params IReadOnlyList<FieldPath> paths) =>
        new(WriteKind.Update, collection, id, WriteData.Merge(fields, paths), Precondition.None);

    /// <summary>
    /// Writes only <paramref name="fields"/>, each a top-level field however it is named. Without a
    /// precondition the document must exist; pass <see cref="Precondition.None"/> to create it when missing.
    /// </summary>
    public static Write Update(string collection, string id, DocumentFields fields, Precondition? precondition = null)
    {
        ArgumentNullException.ThrowIfNull(fields);
        return Update(collection, id, [.. fields.Select(field => KeyValuePair.Create(new FieldPath(field.Key), field.Value))], precondition);
    }

    /// <summary>
    /// Writes the value of each path (a nested field: <c>new("stats.goals", 3)</c>), or removes it
    /// (<see cref="FirestoreValue.Delete"/>); no path may name another or its parent. Without a
    /// precondition the document must exist; <see cref="Precondition.None"/> creates it when missing.
    /// </summary>
    public static Write Update(
        string collection,
        string id,
        IReadOnlyList<KeyValuePair<FieldPath, FirestoreValue>> updates,
        Precondition? precondition = null) =>
        precondition?.Exists == false
            ? throw new ArgumentException("An update cannot require that the document does not exist; use Create.", nameof(precondition))
            : new(WriteKind.Update, collection, id, WriteData.Update(updates), precondition ?? Precondition.MustExist);

    public static Write Delete(string collection, string id, Precondition? precondition = null) =>
        new(WriteKind.Delete, collection, id, WriteData.None, precondition ?? Precondition.None);

    /// <summary>Adds <paramref name="delta"/> to a numeric field on the server; like <see cref="Update(string, string, DocumentFields, Precondition?)"/>, the document must exist by default.</summary>
    public static Write Increment(string collection, string id, FieldPath field, long delta, Precondition? precondition = null) =>
        new Write(WriteKind.Update, collection, id, WriteData.TransformsOnly, precondition ?? Precondition.MustExist).With(FieldTransform.Increment(field, delta));

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
