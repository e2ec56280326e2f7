using System.Text.RegularExpressions;

namespace LeagueApp.Firestore;

/// <summary>
/// The path of a possibly nested field: its segments are field names, taken as they are. A string
/// converts to a path by splitting it on dots (<c>"stats.goals"</c>); a name that itself holds a dot
/// needs the segments constructor (<c>new FieldPath("short.name")</c>).
/// </summary>
public sealed partial record FieldPath
{
    /// <exception cref="ArgumentException">No segments, or an empty one.</exception>
    public FieldPath(params IReadOnlyList<string> segments)
    {
        ArgumentNullException.ThrowIfNull(segments);
        if (segments.Count == 0 || segments.Any(string.IsNullOrEmpty))
        {
            throw new ArgumentException("A field path needs at least one segment, and no segment may be empty.", nameof(segments));
        }

        Segments = [.. segments];
    }

    /// <summary>The document's own name, as queries order and filter by it.</summary>
    public static FieldPath DocumentId { get; } = new("__name__");

    public IReadOnlyList<string> Segments { get; }

    /// <summary>A dotted path; like Google's clients, it refuses empty segments and the characters <c>~*/[]</c>.</summary>
    public static FieldPath Parse(string dottedPath)
    {
        ArgumentException.ThrowIfNullOrEmpty(dottedPath);
        if (dottedPath.AsSpan().IndexOfAny("~*/[]") >= 0)
        {
            throw new ArgumentException($"'{dottedPath}' is not a dotted field path: it may not hold ~ * / [ or ]; use new FieldPath(segments) for such names.", nameof(dottedPath));
        }

        return new FieldPath(dottedPath.Split('.'));
    }

    public static implicit operator FieldPath(string dottedPath) => Parse(dottedPath);

    public bool Equals(FieldPath? other) => other is not null && Segments.SequenceEqual(other.Segments, StringComparer.Ordinal);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var segment in Segments)
        {
            hash.Add(segment, StringComparer.Ordinal);
        }

        return hash.ToHashCode();
    }

    /// <summary>
    /// The form the API takes: segments that are not simple identifiers are quoted with backticks,
    /// otherwise a dot inside a name would address a nested field.
    /// </summary>
    public override string ToString() => string.Join('.', Segments.Select(Quote));

    internal FieldPath Append(string name) => new([.. Segments, name]);

    /// <summary>True when this path is <paramref name="other"/> or one of its parents.</summary>
    internal bool Covers(FieldPath other) =>
        Segments.Count <= other.Segments.Count && Segments.SequenceEqual(other.Segments.Take(Segments.Count), StringComparer.Ordinal);

    /// <summary>Segment by segment, ordinal: the order masks and transforms are sent in, and a parent just before its children.</summary>
    internal static IComparer<FieldPath> Ordering { get; } = Comparer<FieldPath>.Create(Compare);

    private static int Compare(FieldPath? left, FieldPath? right)
    {
        if (left is null || right is null)
        {
            return (left is null).CompareTo(right is null);
        }

        foreach (var (a, b) in left.Segments.Zip(right.Segments))
        {
            if (string.CompareOrdinal(a, b) is var order and not 0)
            {
                return order;
            }
        }

        return left.Segments.Count.CompareTo(right.Segments.Count);
    }

    private static string Quote(string segment) =>
        SimpleName().IsMatch(segment)
            ? segment
            : $"`{segment.Replace(@"\", @"\\", StringComparison.Ordinal).Replace("`", @"\`", StringComparison.Ordinal)}`";

    [GeneratedRegex("^[A-Za-z_][A-Za-z_0-9]*$")]
    private static partial Regex SimpleName();
}
