using LeagueApp.Contracts;
using LeagueApp.Data.Import;
using LeagueApp.Domain;

namespace LeagueApp.PlayerOps.Import;

// A team's players file of the original app: headerless, comma-separated, twelve columns.
public static class PlayersCsv
{
    private static readonly string[] Columns =
        ["Team", "Player", "Nationality", "Position", "Appearances", "Goals", "Assists", "Passes", "Interceptions", "Tackles", "Fouls", "Price"];

    private static readonly Dictionary<string, string> ColumnOfField = new()
    {
        ["team"] = "Team",
        ["name"] = "Player",
        ["nationality"] = "Nationality",
        ["position"] = "Position",
        ["appearances"] = "Appearances",
        ["goals"] = "Goals",
        ["assists"] = "Assists",
        ["passes"] = "Passes",
        ["interceptions"] = "Interceptions",
        ["tackles"] = "Tackles",
        ["fouls"] = "Fouls",
        ["price"] = "Price",
    };

    public static (IReadOnlyList<ImportRow<Player>> Players, IReadOnlyList<ImportError> Errors) Parse(string text)
    {
        var errors = new List<ImportError>();
        var cells = new CsvRowReader(Columns, errors);
        var players = new List<ImportRow<Player>>();
        var lineOfPlayer = new Dictionary<(string Team, string Name), int>();

        foreach (var (line, row) in CsvRowReader.ReadRows(text, ',', hasHeader: false))
        {
            if (!cells.HasColumnCount(line, row))
            {
                continue;
            }

            var errorsBefore = errors.Count;
            if (!Positions.TryParse(row[3], out var position))
            {
                errors.Add(new ImportError(line, "Position", $"Unknown position '{row[3]}'. Use Defender, Midfielder or Forward."));
            }

            var player = new Player(
                Name: row[1], Team: row[0], Nationality: row[2], Position: position,
                Appearances: cells.Int(line, row, 4), Goals: cells.Int(line, row, 5), Assists: cells.Int(line, row, 6),
                Passes: cells.Int(line, row, 7), Interceptions: cells.Int(line, row, 8), Tackles: cells.Int(line, row, 9),
                Fouls: cells.Int(line, row, 10), Price: cells.Int(line, row, 11));
            if (errors.Count > errorsBefore)
            {
                continue;
            }

            cells.AddValidationErrors(line, PlayerValidator.Validate(player), ColumnOfField);
            if (!lineOfPlayer.TryAdd((player.Team, player.Name), line))
            {
                errors.Add(new ImportError(line, "Player", $"{player.Name} of {player.Team} is already on line {lineOfPlayer[(player.Team, player.Name)]}."));
            }

            players.Add(new(line, player));
        }

        return (players, errors);
    }
}
