namespace LeagueApp.Domain;

/// <summary>The numeric rules shared by the validators, phrased once.</summary>
internal static class ValidationErrorListExtensions
{
    public static void AddIfOutOfRange(this List<ValidationError> errors, string field, int value, int max)
    {
        if (value < 0 || value > max)
        {
            errors.Add(new(field, $"The value of {field} must be between 0 and {max}, but was {value}."));
        }
    }

    /// <summary>Long arithmetic for <paramref name="expected"/>, so that absurd inputs cannot overflow into a match.</summary>
    public static void AddIfNotEqual(this List<ValidationError> errors, string field, int value, long expected, string formula)
    {
        if (value != expected)
        {
            errors.Add(new(field, $"The value of {field} must equal {formula} ({expected}), but was {value}."));
        }
    }
}
