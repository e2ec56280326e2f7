using LeagueApp.AspNetCore.Security;
using LeagueApp.Backend;
using LeagueApp.Contracts;
using LeagueApp.Data.Import;
using LeagueApp.Domain;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LeagueApp.PlayerOps.Import;

// Imports the original app's CSV files: every row is checked before anything is written.
public static class ImportApi
{
    public const string CsvContentType = "text/csv";

    // Characters from which a file counts as large (about 13,000 players).
    private const int LargeFile = 1024 * 1024;

    public static IEndpointRouteBuilder MapImportApi(this IEndpointRouteBuilder app)
    {
        var import = app.MapGroup("/import").RequireApiKey();
        import.MapPost("/players", ImportPlayersAsync);
        import.MapPost("/league", ImportLeagueAsync);
        return app;
    }

    private static Task<Results<Ok<ImportSummary>, ProblemHttpResult>> ImportPlayersAsync(
        HttpRequest request, LeagueImporter importer, CancellationToken ct) =>
        ImportAsync(request, text =>
        {
            var (players, errors) = PlayersCsv.Parse(text);
            return (players.Count == 0 && errors.Count == 0 ? null : new ParsedFile([], false, players), errors);
        }, importer, ct);

    private static Task<Results<Ok<ImportSummary>, ProblemHttpResult>> ImportLeagueAsync(
        HttpRequest request, LeagueImporter importer, CancellationToken ct) =>
        ImportAsync(request, text =>
        {
            var (teams, hasCapital, errors) = LeagueCsv.Parse(text);
            return (teams.Count == 0 && errors.Count == 0 ? null : new ParsedFile(teams, hasCapital, []), errors);
        }, importer, ct);

    private static async Task<Results<Ok<ImportSummary>, ProblemHttpResult>> ImportAsync(
        HttpRequest request, Func<string, (ParsedFile? File, IReadOnlyList<ImportError> Errors)> parse, LeagueImporter importer, CancellationToken ct)
    {
        if (request.ContentType is { } type && !type.StartsWith(CsvContentType, StringComparison.OrdinalIgnoreCase)
            && !type.StartsWith("text/plain", StringComparison.OrdinalIgnoreCase))
        {
            return TypedResults.Problem(
                $"Send the file as {CsvContentType}, not '{type}'.", statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported file type");
        }

        if (await CsvText.ReadUtf8Async(request.Body, request.ContentLength, ct) is not { } text)
        {
            return Invalid("The file is not valid UTF-8 text. Save it as UTF-8 and try again.", []);
        }

        if (text.Length >= LargeFile)
        {
            request.HttpContext.Response.OnCompleted(ReleaseMemory);
        }

        var (file, errors) = parse(text);
        if (errors.Count > 0)
        {
            return Invalid($"{errors.Count} problem(s) in the file; nothing was imported.", errors);
        }

        if (file is null)
        {
            return Invalid("The file has no rows.", []);
        }

        var (summary, importErrors, lastCommit) = await importer.ImportAsync(file.Teams, file.WithCapital, file.Players, ct);
        if (summary is null)
        {
            return Invalid($"{importErrors.Count} problem(s) in the file; nothing was imported.", importErrors);
        }

        if (lastCommit is { } committed)
        {
            request.HttpContext.MarkCommitted(committed);
        }

        return TypedResults.Ok(summary);
    }

    // A large import allocates tens of megabytes at once, then playerops idles again, and an idle
    // process runs no collection that would return them: one compacting collection after the answer
    // is sent gives them back (docs/performance.md) instead of keeping them committed.
    private static Task ReleaseMemory()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        return Task.CompletedTask;
    }

    private static ProblemHttpResult Invalid(string detail, IReadOnlyList<ImportError> errors) =>
        TypedResults.Problem(
            detail,
            statusCode: StatusCodes.Status400BadRequest,
            title: "The file cannot be imported",
            extensions: new Dictionary<string, object?> { ["rowErrors"] = errors });

    private sealed record ParsedFile(IReadOnlyList<ImportRow<TeamStanding>> Teams, bool WithCapital, IReadOnlyList<ImportRow<Player>> Players);
}
