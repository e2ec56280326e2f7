using LeagueApp.AspNetCore.Security;
using LeagueApp.Backend;
using LeagueApp.Contracts;
using LeagueApp.Data.Import;
using LeagueApp.Domain;
using LeagueApp.Timeouts;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace LeagueApp.PlayerOps.Import;

// Imports the original app's CSV files: every row is checked before anything is written. An import
// that takes longer than its request may wait goes on in the background (ImportJobs): the answer is
// then 202 with the status's address instead of 200 with the summary.
public static class ImportApi
{
    public const string CsvContentType = "text/csv";

    // RFC 7240: a client that would rather poll than wait asks for the 202 at once.
    private const string PreferHeader = "Prefer";
    private const string RespondAsync = "respond-async";

    // A large import takes seconds; asking again sooner would find it still running.
    private const string BusyRetryAfterSeconds = "5";

    public static IEndpointRouteBuilder MapImportApi(this IEndpointRouteBuilder app)
    {
        var import = app.MapGroup("/import").RequireApiKey();
        import.MapPost("/players", ImportPlayersAsync);
        import.MapPost("/league", ImportLeagueAsync);
        app.MapGet("/imports/{id}", GetStatusAsync).RequireApiKey();
        return app;
    }

    private static Task<Results<Ok<ImportSummary>, Accepted<ImportStatus>, ProblemHttpResult>> ImportPlayersAsync(
        HttpRequest request, [AsParameters] ImportRun run, CancellationToken ct) =>
        ImportAsync("players", request, text =>
        {
            var (players, errors) = PlayersCsv.Parse(text);
            return (players.Count == 0 && errors.Count == 0 ? null : new ImportFile([], false, players), errors);
        }, run, ct);

    private static Task<Results<Ok<ImportSummary>, Accepted<ImportStatus>, ProblemHttpResult>> ImportLeagueAsync(
        HttpRequest request, [AsParameters] ImportRun run, CancellationToken ct) =>
        ImportAsync("league", request, text =>
        {
            var (teams, hasCapital, errors) = LeagueCsv.Parse(text);
            return (teams.Count == 0 && errors.Count == 0 ? null : new ImportFile(teams, hasCapital, []), errors);
        }, run, ct);

    private static async Task<Results<Ok<ImportSummary>, Accepted<ImportStatus>, ProblemHttpResult>> ImportAsync(
        string kind, HttpRequest request, Func<string, (ImportFile? File, IReadOnlyList<ImportError> Errors)> parse, ImportRun run, CancellationToken ct)
    {
        var received = run.Time.GetTimestamp();
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

        var (file, errors) = parse(text);
        if (errors.Count > 0)
        {
            return Invalid($"{errors.Count} problem(s) in the file; nothing was imported.", errors);
        }

        if (file is null)
        {
            return Invalid("The file has no rows.", []);
        }

        var refused = await run.Importer.CheckAsync(file.Teams, file.Players, ct);
        if (refused.Count > 0)
        {
            return Invalid($"{refused.Count} problem(s) in the file; nothing was imported.", refused);
        }

        if (run.Jobs.Begin(kind, file) is not { } job)
        {
            request.HttpContext.Response.Headers.RetryAfter = BusyRetryAfterSeconds;
            return TypedResults.Problem(
                "This playerops instance is busy with other imports. Send the file again shortly.",
                statusCode: StatusCodes.Status429TooManyRequests,
                title: "Imports busy");
        }

        // An answer after the frontend's attempt has given up would be lost, and the client told 503.
        var inAsync = request.Headers[PreferHeader].Any(preference => preference?.Contains(RespondAsync, StringComparison.OrdinalIgnoreCase) == true);
        var hop = run.Budget.Value.PlayerOps.HopAttempt - TimeoutBudget.Margin - run.Time.GetElapsedTime(received);
        var wait = inAsync ? TimeSpan.Zero : TimeSpan.FromTicks(Math.Clamp(run.Options.Value.AnswerWithin.Ticks, 0, Math.Max(hop.Ticks, 0)));
        try
        {
            // A failure within the wait is answered as before the import ran apart (DatabaseExceptionHandler).
            var outcome = await job.Completion.WaitAsync(wait, run.Time, ct);
            if (outcome.LastCommit is { } committed)
            {
                request.HttpContext.MarkCommitted(committed);
            }

            return TypedResults.Ok(outcome.Summary);
        }
        catch (TimeoutException)
        {
            return TypedResults.Accepted(StatusPath(job.Started.Id), await run.Jobs.PublishAsync(job, ct));
        }
    }

    private static string StatusPath(string id) => $"/imports/{id}";

    // Any instance answers: the status is in Firestore. A completed one says when it committed, so
    // that the frontend answers once every cache has seen the import.
    private static async Task<Results<Ok<ImportStatus>, ProblemHttpResult>> GetStatusAsync(
        string id, HttpContext context, ImportRecords records, IOptions<ImportOptions> options, TimeProvider time, CancellationToken ct)
    {
        if (!Guid.TryParseExact(id, "N", out _) || await records.FindAsync(id, ct) is not { } record)
        {
            return TypedResults.Problem($"There is no import '{id}'.", statusCode: StatusCodes.Status404NotFound, title: "Import not found");
        }

        var status = record.SeenAt(time.GetUtcNow(), options.Value.StaleAfter);
        if (status.State == ImportStates.Completed && record.LastCommit is { } committed)
        {
            context.MarkCommitted(committed);
        }

        return TypedResults.Ok(status);
    }

    private static ProblemHttpResult Invalid(string detail, IReadOnlyList<ImportError> errors) =>
        TypedResults.Problem(
            detail,
            statusCode: StatusCodes.Status400BadRequest,
            title: "The file cannot be imported",
            extensions: new Dictionary<string, object?> { ["rowErrors"] = errors });

    // What an import request needs besides itself, in one parameter.
    private sealed record ImportRun(
        LeagueImporter Importer, ImportJobs Jobs, IOptions<ImportOptions> Options, IOptions<TimeoutBudget> Budget, TimeProvider Time);
}
