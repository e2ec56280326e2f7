using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.EventEmitters;

namespace LeagueApp.Hosting.Kubernetes;

/// <summary>
/// Strings are written plain only when no YAML parser can read them as anything but a string;
/// otherwise double-quoted, or as a literal block when they span lines (the dashboard's JSON).
/// </summary>
internal sealed partial class ScalarStyleEmitter(IEventEmitter next) : ChainedEventEmitter(next)
{
    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase)
    {
        // YAML 1.1 booleans and nulls, which some parsers (and kubectl's) still honour.
        "y", "n", "yes", "no", "on", "off", "true", "false", "null",
    };

    public override void Emit(ScalarEventInfo eventInfo, IEmitter emitter)
    {
        if (eventInfo.Source.Value is string text)
        {
            eventInfo.Style = IsPlain(text) ? ScalarStyle.Plain : IsBlock(text) ? ScalarStyle.Literal : ScalarStyle.DoubleQuoted;
        }

        base.Emit(eventInfo, emitter);
    }

    private static bool IsPlain(string text) => PlainPattern().IsMatch(text) && !Reserved.Contains(text);

    // A literal block's first line must not start with a space, or a parser would take that space for
    // the block's indentation; and it can hold no control character but line feeds and tabs (a carriage
    // return would become a line break). Trailing blank lines would need a "keep" indicator: quoted instead.
    private static bool IsBlock(string text) =>
        text.Contains('\n') && !text.StartsWith(' ') && !text.EndsWith("\n\n", StringComparison.Ordinal)
        && text.All(c => c is '\n' or '\t' || !char.IsControl(c));

    // Starts with a letter, '_', '/' or a relative path's "./" or "../", so it is never a number, date,
    // alias, tag or indicator.
    [GeneratedRegex("^(?:[A-Za-z_/]|\\.\\.?/)[A-Za-z0-9_./-]*$")]
    private static partial Regex PlainPattern();
}
