using LeagueApp.Contracts;
using LeagueApp.Data.Import;
using LeagueApp.Domain;

namespace LeagueApp.PlayerOps.Import;

// The league file of the original app: semicolon-separated with a header
// Club;Played;Won;Drawn;Lost;GF;GA;GD;Points, here with an optional Capital column.
public static class LeagueCsv
{
    private static readonly string[] RequiredColumns = ["Club", "Played", "Won", "Drawn", "Lost", "GF", "GA", "GD", "Points"];
    private const string CapitalColumn = "Capital";

    private static readonly Dictionary<string, string> ColumnOfField = new()
    {
        ["name"] = "Club",
        ["team"] = "Club",
        ["played"] = "Played",
        ["won"] = "Won",
        ["drawn"] = "Drawn",
        ["lost"] = "Lost",
        ["goalsFor"] = "GF",
        ["goalsAgainst"] = "GA",
        ["goalDifference"] = "GD",
        ["points"] = "Points",
        ["capital"] = CapitalColumn,
    };

    /// <returns>The teams, whether the file set their capital, and the errors.</returns>
    public static (IReadOnlyList<ImportRow<TeamStanding>> Teams, bool HasCapital, IReadOnlyList<ImportError> Errors) Parse(string text)
    {
        var errors = new List<ImportError>();
        var header = CsvRowReader.ReadHeader(text, ';');
        var hasCapital = header.Count == RequiredColumns.Length + 1 && header[^1] == CapitalColumn;
        string[] columns = hasCapital ? [.. RequiredColumns, CapitalColumn] : RequiredColumns;
        if (!header.SequenceEqual(columns))
        {
            errors.Add(new ImportError(1, "*", $"The header must be {string.Join(";", RequiredColumns)} with an optional ;{CapitalColumn}, not '{string.Join(";", header)}'."));
            return ([], hasCapital, errors);
        }

        var cells = new CsvRowReader(columns, errors);
        var teams = new List<ImportRow<TeamStanding>>();
        var lineOfTeam = new Dictionary<string, int>();
        foreach (var (line, row) in CsvRowReader.ReadRows(text, ';', hasHeader: true))
        {
            if (!cells.HasColumnCount(line, row))
            {
                continue;
            }

            var errorsBefore = errors.Count;
            var team = new TeamStanding(
                Name: row[0], Played: cells.Int(line, row, 1), Won: cells.Int(line, row, 2), Drawn: cells.Int(line, row, 3),
                Lost: cells.Int(line, row, 4), GoalsFor: cells.Int(line, row, 5), GoalsAgainst: cells.Int(line, row, 6),
                GoalDifference: cells.Int(line, row, 7), Points: cells.Int(line, row, 8),
                Capital: hasCapital ? cells.Int(line, row, 9) : 0);
            if (errors.Count > errorsBefore)
            {
                continue;
            }

            cells.AddValidationErrors(line, TeamStandingValidator.Validate(team), ColumnOfField);
            if (!lineOfTeam.TryAdd(team.Name, line))
            {
                errors.Add(new ImportError(line, "Club", $"{team.Name} is already on line {lineOfTeam[team.Name]}."));
            }

            teams.Add(new(line, team));
        }

        return (teams, hasCapital, errors);
    }
}
