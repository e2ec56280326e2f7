using System.Globalization;
using LeagueApp.Contracts;
using LeagueApp.Domain;
using nietras.SeparatedValues;

namespace LeagueApp.PlayerOps.Import;

// Reads the rows of an import file into string cells and turns cells into numbers, collecting a
// row-and-column error for everything that does not fit instead of stopping at the first.
public sealed class CsvRowReader(IReadOnlyList<string> columns, List<ImportError> errors)
{
    /// <summary>The file's rows one by one, so only the rows being turned into records are held as cells.</summary>
    public static IEnumerable<(int Line, string[] Cells)> ReadRows(string text, char separator, bool hasHeader)
    {
        // Each row starts where the previous one ended (quoted cells may span lines). Sep's own
        // LineNumberFrom is off for the first row of a file without a header, so it is not used.
        var line = hasHeader ? 2 : 1;
        using var reader = Sep.New(separator)
            .Reader(o => o with { HasHeader = hasHeader, Unescape = true, DisableColCountCheck = true, Trim = SepTrim.Outer })
            .FromText(text);
        foreach (var row in reader)
        {
            var rowLine = line;
            line = row.LineNumberToExcl;
            if (row.Span.IsWhiteSpace())
            {
                continue;
            }

            var cells = new string[row.ColCount];
            for (var i = 0; i < cells.Length; i++)
            {
                cells[i] = row[i].ToString();
            }

            yield return (rowLine, cells);
        }
    }

    // Read as a plain row: Sep's header parsing throws on repeated names, which is the user's mistake to report.
    public static IReadOnlyList<string> ReadHeader(string text, char separator) =>
        ReadRows(text, separator, hasHeader: false).Select(row => row.Cells).FirstOrDefault() ?? [];

    public bool HasColumnCount(int line, string[] cells)
    {
        if (cells.Length == columns.Count)
        {
            return true;
        }

        errors.Add(new ImportError(line, "*", $"Expected {columns.Count} columns ({string.Join(", ", columns)}), found {cells.Length}."));
        return false;
    }

    public int Int(int line, string[] cells, int index)
    {
        if (int.TryParse(cells[index], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        errors.Add(new ImportError(line, columns[index], $"'{cells[index]}' is not a whole number."));
        return 0;
    }

    public void AddValidationErrors(int line, IEnumerable<ValidationError> validation, IReadOnlyDictionary<string, string> columnOfField)
    {
        foreach (var error in validation)
        {
            errors.Add(new ImportError(line, columnOfField.GetValueOrDefault(error.Field, error.Field), error.Message));
        }
    }
}
