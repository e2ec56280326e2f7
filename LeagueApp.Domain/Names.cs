using System.Globalization;
using System.Text;

namespace LeagueApp.Domain;

/// <summary>
/// Rules for names, which also become storage ids and URL path segments: 1 to 64 characters of letters (any script,
/// accents included), spaces, apostrophes, hyphens and periods, with at least one letter and no surrounding whitespace.
/// The storage layer writes spaces as '_', so '_' is refused to keep ids unambiguous; that also rules out reserved
/// ids of the form "__x__", and requiring a letter rules out "." and "..". '/' and control characters never pass.
/// </summary>
public static class Names
{
    public static IReadOnlyList<ValidationError> ValidatePlayerName(string? name, string field = "name") =>
        Validate(name, field, "Player name");

    public static IReadOnlyList<ValidationError> ValidateTeamName(string? name, string field = "team") =>
        Validate(name, field, "Team name");

    public static IReadOnlyList<ValidationError> ValidateNationality(string? nationality, string field = "nationality") =>
        Validate(nationality, field, "Nationality");

    private static IReadOnlyList<ValidationError> Validate(string? text, string field, string label)
    {
        var problem = FindProblem(text, label);
        return problem is null ? [] : [new ValidationError(field, problem)];
    }

    private static string? FindProblem(string? text, string label)
    {
        if (string.IsNullOrEmpty(text))
        {
            return $"{label} is required.";
        }

        if (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]))
        {
            return $"{label} must not start or end with whitespace.";
        }

        if (text.Length > Limits.MaxNameLength)
        {
            return $"{label} must be at most {Limits.MaxNameLength} characters long, but has {text.Length}.";
        }

        foreach (var rune in text.EnumerateRunes())
        {
            if (!IsAllowed(rune))
            {
                return $"{label} contains {Describe(rune)}, which is not allowed; use only letters, spaces, "
                    + "apostrophes ('), hyphens (-) and periods (.).";
            }
        }

        return text.EnumerateRunes().Any(Rune.IsLetter) ? null : $"{label} must contain at least one letter.";
    }

    // Combining marks are allowed so that accents typed in decomposed form pass like precomposed ones.
    private static bool IsAllowed(Rune rune) =>
        Rune.IsLetter(rune)
        || Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
        || rune.Value is ' ' or '\'' or '-' or '.';

    // Invisible characters are shown by code point only, so the message itself stays printable.
    private static string Describe(Rune rune) =>
        Rune.IsControl(rune) || Rune.IsWhiteSpace(rune)
            ? $"the character U+{rune.Value:X4}"
            : $"'{rune}' (U+{rune.Value:X4})";
}
