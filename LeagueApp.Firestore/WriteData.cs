namespace LeagueApp.Firestore;

/// <summary>
/// What a write sends for its data, split as Google's clients split it: the values it stores, the
/// field mask (null: the whole document is replaced) and the transforms its sentinels stand for.
/// Everything they refuse is refused here, before anything is sent.
/// </summary>
internal sealed record WriteData(DocumentFields Fields, IReadOnlyList<FieldPath>? Mask, IReadOnlyList<FieldTransform> Transforms)
{
    /// <summary>A delete's.</summary>
    public static WriteData None { get; } = new(DocumentFields.Empty, null, []);

    /// <summary>An increment's: its empty mask keeps every stored field.</summary>
    public static WriteData TransformsOnly { get; } = new(DocumentFields.Empty, [], []);

    /// <summary>A create's or a set's: the whole document, where removing a field means nothing.</summary>
    public static WriteData Document(DocumentFields data)
    {
        var leaves = Leaves(data);
        if (leaves.FirstOrDefault(leaf => leaf.Value is DeleteSentinel) is { } delete)
        {
            throw new ArgumentException($"Delete at '{delete.Path}': only an update or a merge removes fields.", nameof(data));
        }

        return Build(leaves, mask: null);
    }

    /// <summary>A merge of every field of <paramref name="data"/>, or only of <paramref name="paths"/> (each present in it).</summary>
    public static WriteData Merge(DocumentFields data, IReadOnlyList<FieldPath> paths)
    {
        var leaves = Leaves(data);
        if (paths.Count == 0)
        {
            return Build(leaves, leaves.Where(leaf => !IsTransform(leaf.Value)).Select(leaf => leaf.Path));
        }

        RefuseOverlaps(paths, nameof(paths));
        var values = paths.Select(path => data.At(path) ?? throw new ArgumentException($"The merged path '{path}' is not in the data.", nameof(paths))).ToList();

        // A Delete outside the merged paths would be ignored, and one inside a merged map contradicts
        // replacing that map: either is a mistake.
        if (leaves.FirstOrDefault(leaf => leaf.Value is DeleteSentinel && !paths.Contains(leaf.Path)) is { } delete)
        {
            throw new ArgumentException($"Delete at '{delete.Path}' must itself be one of the merged paths.", nameof(data));
        }

        return Build(
            leaves.Where(leaf => paths.Any(path => path.Covers(leaf.Path))),
            paths.Where((_, index) => !IsTransform(values[index])));
    }

    /// <summary>An update of the given paths; a Delete must be a path's own value.</summary>
    public static WriteData Update(IReadOnlyList<KeyValuePair<FieldPath, FirestoreValue>> updates)
    {
        if (updates.Count == 0)
        {
            throw new ArgumentException("An update needs at least one field.", nameof(updates));
        }

        RefuseOverlaps([.. updates.Select(update => update.Key)], nameof(updates));
        var leaves = new List<Leaf>();
        foreach (var (path, value) in updates)
        {
            var added = leaves.Count;
            AddLeaves(leaves, path, value);
            if (leaves.Skip(added).FirstOrDefault(leaf => leaf.Value is DeleteSentinel && leaf.Path != path) is { } nested)
            {
                throw new ArgumentException($"Delete at '{nested.Path}' sits inside the value of '{path}': name the field to remove as a path of its own.", nameof(updates));
            }
        }

        return Build(leaves, updates.Where(update => !IsTransform(update.Value)).Select(update => update.Key));
    }

    /// <summary>Values that are stored as given (in arrays, in queries) may hold no sentinel.</summary>
    public static void RefuseSentinels(FirestoreValue value, string paramName, string where)
    {
        switch (value)
        {
            case FieldSentinel sentinel:
                throw new ArgumentException($"{sentinel.Name} is not valid in {where}: only as the value of a field in a write's data.", paramName);
            case ArrayValue array:
                array.Values.ToList().ForEach(element => RefuseSentinels(element, paramName, where));
                break;
            case MapValue map:
                map.Fields.Values.ToList().ForEach(field => RefuseSentinels(field, paramName, where));
                break;
        }
    }

    private static bool IsTransform(FirestoreValue value) => value is FieldSentinel and not DeleteSentinel;

    private static WriteData Build(IEnumerable<Leaf> leaves, IEnumerable<FieldPath>? mask)
    {
        var kept = leaves.ToList();
        return new WriteData(
            Nest(kept.Where(leaf => leaf.Value is not FieldSentinel).ToList(), depth: 0),
            mask?.Order(FieldPath.Ordering).ToList(),
            [.. kept.Where(leaf => IsTransform(leaf.Value)).OrderBy(leaf => leaf.Path, FieldPath.Ordering).Select(leaf => new FieldTransform(leaf.Path, (FieldSentinel)leaf.Value))]);
    }

    // Sorted, a path that names another or one of its parents stands just before it.
    private static void RefuseOverlaps(IReadOnlyList<FieldPath> paths, string paramName)
    {
        ArgumentNullException.ThrowIfNull(paths, paramName);
        var sorted = paths.Order(FieldPath.Ordering).ToList();
        foreach (var (first, second) in sorted.Zip(sorted.Skip(1)))
        {
            if (first.Covers(second))
            {
                throw new ArgumentException($"'{first}' and '{second}' overlap: each field may be written through one path only.", paramName);
            }
        }
    }

    private static List<Leaf> Leaves(DocumentFields data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var leaves = new List<Leaf>();
        foreach (var (name, value) in data)
        {
            AddLeaves(leaves, new FieldPath(name), value);
        }

        return leaves;
    }

    // A leaf is a value that is not a map, or an empty map (stored as one); a map emptied only by
    // taking its sentinels out is not stored. Transforms cannot address array elements.
    private static void AddLeaves(List<Leaf> leaves, FieldPath path, FirestoreValue value)
    {
        ArgumentNullException.ThrowIfNull(value, path.ToString());
        switch (value)
        {
            case MapValue { Fields.Count: > 0 } map:
                foreach (var (name, inner) in map.Fields)
                {
                    AddLeaves(leaves, path.Append(name), inner);
                }

                return;
            case ArrayValue array:
                RefuseSentinels(array, path.ToString(), "an array");
                break;
            case ArraySentinel union:
                RefuseSentinels(union.Elements, path.ToString(), $"the elements of {union.Name}");
                break;
        }

        leaves.Add(new Leaf(path, value));
    }

    // The leaves of one map level share a path up to depth; those one segment longer are its fields.
    private static DocumentFields Nest(IReadOnlyList<Leaf> leaves, int depth) =>
        leaves.Count == 0
            ? DocumentFields.Empty
            : new DocumentFields(leaves
                .GroupBy(leaf => leaf.Path.Segments[depth], StringComparer.Ordinal)
                .Select(group => KeyValuePair.Create(
                    group.Key,
                    group.First() is { } first && first.Path.Segments.Count == depth + 1 ? first.Value : new MapValue(Nest([.. group], depth + 1)))));

    private sealed record Leaf(FieldPath Path, FirestoreValue Value);
}
