using LeagueApp.AspNetCore.Security;
using LeagueApp.Contracts;
using LeagueApp.Domain;
using LeagueApp.Frontend.Backends;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LeagueApp.Frontend.Api;

// The resource-oriented API. It goes through the same gateway and backends as the original
// routes, so every rule lives in one place; only the HTTP shape differs.
public static class LeagueApi
{
    public const string Prefix = "/api";

    public static IEndpointRouteBuilder MapLeagueApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup(Prefix).ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        var teams = api.MapGroup("/teams").WithTags("Teams");
        teams.MapGet("/", GetTableAsync).WithSummary("The league table, by points")
            .Produces<IReadOnlyList<TeamStanding>>();
        teams.MapGet("/{team}/players", GetPlayersAsync).WithSummary("A team's players")
            .Produces<IReadOnlyList<Player>>().ProducesProblem(StatusCodes.Status404NotFound).ProducesValidationProblem();
        teams.MapGet("/{team}/players/{name}", GetPlayerAsync).WithName("GetPlayer").WithSummary("One player")
            .Produces<Player>().ProducesProblem(StatusCodes.Status404NotFound).ProducesValidationProblem();
        teams.MapGet("/{team}/best", GetBestAsync).WithSummary("A team's best Defender, Midfielder and Forward")
            .Produces<IReadOnlyList<RankedPlayer>>().ProducesProblem(StatusCodes.Status404NotFound).ProducesValidationProblem();
        teams.MapPost("/{team}/players", CreatePlayerAsync).RequireApiKey().WithSummary("Sign a new player")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict).ProducesValidationProblem();
        teams.MapDelete("/{team}/players/{name}", DeletePlayerAsync).RequireApiKey().WithSummary("Release a player")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesValidationProblem();

        api.MapGet("/positions/{position}/top", GetTopAsync).WithTags("Rankings")
            .WithSummary("The best players of a position, best first")
            .Produces<IReadOnlyList<RankedPlayer>>().ProducesValidationProblem();

        api.MapPost("/transfers", TransferAsync).RequireApiKey().WithTags("Transfers")
            .WithSummary("Move a player to another team for the player's price, in one transaction")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity).ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesValidationProblem();

        var import = api.MapGroup("/import").WithTags("Import").RequireApiKey()
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType).ProducesProblem(StatusCodes.Status429TooManyRequests);
        import.MapPost("/players", (HttpRequest request, LeagueGateway league, BackendCaller caller, CancellationToken ct) => ImportAsync("players", request, league, caller, ct))
            .Accepts<string>("text/csv").WithSummary("Import a team's players file (headerless CSV, 12 columns)");
        import.MapPost("/league", (HttpRequest request, LeagueGateway league, BackendCaller caller, CancellationToken ct) => ImportAsync("league", request, league, caller, ct))
            .Accepts<string>("text/csv").WithSummary("Import the league file (Club;Played;Won;Drawn;Lost;GF;GA;GD;Points[;Capital])");
        api.MapGet("/imports/{id}", (string id, LeagueGateway league, CancellationToken ct) => league.GetImportStatusAsync(id, ct))
            .WithTags("Import").RequireApiKey().WithSummary("Where an import stands; a completed one is visible to every read")
            .Produces<ImportStatus>().ProducesProblem(StatusCodes.Status404NotFound);

        return app;
    }

    // An import that outlasts its request goes on in playerops: 202 with the address of its status.
    private static async Task<Results<Ok<ImportSummary>, Accepted<ImportStatus>, ProblemHttpResult>> ImportAsync(
        string file, HttpRequest request, LeagueGateway league, BackendCaller caller, CancellationToken ct)
    {
        var answer = await league.ImportAsync(file, request, ct);
        if (answer is { StatusCode: StatusCodes.Status202Accepted })
        {
            var running = caller.ToResult(answer, LeagueGateway.PlayerOps, LeagueJsonContext.Default.ImportStatus);
            return running.IsSuccess ? TypedResults.Accepted($"{Prefix}/imports/{running.Value!.Id}", running.Value) : running.AsProblem();
        }

        var result = caller.ToResult(answer, LeagueGateway.PlayerOps, LeagueJsonContext.Default.ImportSummary);
        return result.IsSuccess ? TypedResults.Ok(result.Value!) : result.AsProblem();
    }

    // Reads relay stats' answers as bytes: the /api shapes are stats' shapes, so there is nothing to convert.
    private static Task<IResult> GetTableAsync(LeagueGateway league, CancellationToken ct) =>
        league.RelayStatsReadAsync(BackendRoutes.Table, ct);

    private static Task<IResult> GetPlayersAsync(string team, LeagueGateway league, CancellationToken ct) =>
        league.RelayStatsReadAsync(BackendRoutes.Squad(team), ct);

    private static Task<IResult> GetPlayerAsync(string team, string name, LeagueGateway league, CancellationToken ct) =>
        league.RelayStatsReadAsync(BackendRoutes.Player(team, name), ct);

    private static Task<IResult> GetBestAsync(string team, LeagueGateway league, CancellationToken ct) =>
        league.RelayStatsReadAsync(BackendRoutes.BestOfTeam(team), ct);

    /// <param name="top">How many players, 3 unless given.</param>
    private static Task<IResult> GetTopAsync(string position, LeagueGateway league, CancellationToken ct, int top = 3) =>
        league.RelayStatsReadAsync(BackendRoutes.TopOfPosition(position, top), ct);

    private static async Task<Results<CreatedAtRoute<Player>, ProblemHttpResult>> CreatePlayerAsync(
        string team, Player player, LeagueGateway league, CancellationToken ct)
    {
        var result = await league.CreatePlayerAsync(team, player, ct);
        return result.IsSuccess
            ? TypedResults.CreatedAtRoute(result.Value!, "GetPlayer", new { team = player.Team, name = player.Name })
            : result.AsProblem();
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeletePlayerAsync(
        string team, string name, LeagueGateway league, CancellationToken ct)
    {
        var result = await league.DeletePlayerAsync(team, name, ct);
        return result.IsSuccess ? TypedResults.NoContent() : result.AsProblem();
    }

    private static async Task<Results<Ok<TransferResult>, ProblemHttpResult>> TransferAsync(
        TransferRequest transfer, LeagueGateway league, CancellationToken ct) =>
        (await league.TransferAsync(transfer, ct)).OkOrProblem();
}
