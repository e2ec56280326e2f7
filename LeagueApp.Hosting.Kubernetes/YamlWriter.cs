using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace LeagueApp.Hosting.Kubernetes;

/// <summary>
/// Writes maps as block-style YAML the way kubectl prints it. Strings are written plain only when no
/// YAML parser can read them as anything but a string; otherwise double-quoted, or as a literal block
/// when they span lines.
/// </summary>
internal static partial class YamlWriter
{
    private const string Indent = "  ";

    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase)
    {
        // YAML 1.1 booleans and nulls, which some parsers (and kubectl's) still honour.
        "y", "n", "yes", "no", "on", "off", "true", "false", "null",
    };

    private static readonly JsonSerializerOptions QuotingOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(IEnumerable<SortedMap> documents) =>
        string.Join("---\n", documents.Select(document => string.Concat(Lines(document).Select(line => line + "\n"))));

    private static IEnumerable<string> Lines(object value) => value switch
    {
        SortedMap map => MapLines(map),
        IEnumerable<object> list => ListLines(list),
        _ => throw new ArgumentException($"A {value.GetType().Name} is not a YAML collection."),
    };

    private static IEnumerable<string> MapLines(SortedMap map)
    {
        foreach (var (key, value) in map)
        {
            var head = Scalar(key) + ":";
            if (IsEmpty(value, out var empty))
            {
                yield return $"{head} {empty}";
            }
            else if (value is SortedMap or IEnumerable<object>)
            {
                yield return head;
                // kubectl's style: a list stays at its key's indentation, a map moves in.
                var indent = value is SortedMap ? Indent : string.Empty;
                foreach (var line in Lines(value))
                {
                    yield return indent + line;
                }
            }
            else if (IsBlock(value, out var block))
            {
                yield return $"{head} {block.Header}";
                foreach (var line in block.Lines)
                {
                    yield return line.Length == 0 ? line : Indent + line;
                }
            }
            else
            {
                yield return $"{head} {Scalar(value)}";
            }
        }
    }

    private static IEnumerable<string> ListLines(IEnumerable<object> list)
    {
        foreach (var item in list)
        {
            if (item is SortedMap or IEnumerable<object> && !IsEmpty(item, out _))
            {
                var first = true;
                foreach (var line in Lines(item))
                {
                    yield return (first ? "- " : Indent) + line;
                    first = false;
                }
            }
            else if (IsEmpty(item, out var empty))
            {
                yield return "- " + empty;
            }
            else
            {
                yield return "- " + Scalar(item);
            }
        }
    }

    private static bool IsEmpty(object value, out string text)
    {
        text = value switch
        {
            SortedMap { Count: 0 } => "{}",
            IEnumerable<object> list when !list.Any() => "[]",
            _ => string.Empty,
        };
        return text.Length > 0;
    }

    private static bool IsBlock(object value, out (string Header, IReadOnlyList<string> Lines) block)
    {
        // A literal block keeps multi-line text (the dashboard's JSON) readable. Its first line must not
        // start with a space, or a parser would take that space for the block's indentation; and it can
        // hold no control character but line feeds and tabs (a carriage return would become a line break).
        if (value is string text && text.Contains('\n') && !text.StartsWith(' ') && !text.EndsWith("\n\n", StringComparison.Ordinal)
            && text.All(c => c is '\n' or '\t' || !char.IsControl(c)))
        {
            var lines = text.TrimEnd('\n').Split('\n');
            block = (text.EndsWith('\n') ? "|" : "|-", lines);
            return true;
        }

        block = default;
        return false;
    }

    private static string Scalar(object value) => value switch
    {
        string text => IsPlain(text) ? text : JsonSerializer.Serialize(text, QuotingOptions),
        int number => number.ToString(CultureInfo.InvariantCulture),
        long number => number.ToString(CultureInfo.InvariantCulture),
        bool flag => flag ? "true" : "false",
        _ => throw new ArgumentException($"A {value.GetType().Name} is not a YAML scalar."),
    };

    private static bool IsPlain(string text) => PlainPattern().IsMatch(text) && !Reserved.Contains(text);

    // Starts with a letter, '_', '/' or a relative path's "./" or "../", so it is never a number, date,
    // alias, tag or indicator.
    [GeneratedRegex("^(?:[A-Za-z_/]|\\.\\.?/)[A-Za-z0-9_./-]*$")]
    private static partial Regex PlainPattern();
}
