using System.Text.RegularExpressions;

namespace LeagueApp.Firestore;

internal static partial class FieldPaths
{
    /// <summary>
    /// A top-level field name as a field path: names that are not simple identifiers are quoted with
    /// backticks, otherwise "a.b" in an update mask would address a nested field.
    /// </summary>
    public static string Quote(string fieldName) =>
        SimpleName().IsMatch(fieldName)
            ? fieldName
            : $"`{fieldName.Replace(@"\", @"\\", StringComparison.Ordinal).Replace("`", @"\`", StringComparison.Ordinal)}`";

    [GeneratedRegex("^[A-Za-z_][A-Za-z_0-9]*$")]
    private static partial Regex SimpleName();
}
