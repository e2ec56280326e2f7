namespace LeagueApp.Domain;

public static class Positions
{
    /// <summary>Every position, in the order the best players of a team are listed.</summary>
    public static IReadOnlyList<Position> All { get; } = [Position.Defender, Position.Midfielder, Position.Forward];

    /// <summary>
    /// Parses a position by its exact name, ignoring case. Unlike <see cref="Enum.TryParse{TEnum}(string?, bool, out TEnum)"/>
    /// it refuses numbers ("1"), comma lists and surrounding whitespace, so user input can never name an undefined value.
    /// </summary>
    public static bool TryParse(string? text, out Position position)
    {
        foreach (var candidate in All)
        {
            if (string.Equals(text, candidate.ToString(), StringComparison.OrdinalIgnoreCase))
            {
                position = candidate;
                return true;
            }
        }

        position = default;
        return false;
    }
}
