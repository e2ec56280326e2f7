using LeagueApp.AspNetCore.Security;
using LeagueApp.Frontend.Backends;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LeagueApp.Frontend.Original;

// The routes of the 2019 application with its JSON shapes, so its curl commands work unchanged;
// unlike the original, errors come with a 4xx status and a message in "Err".
public static class OriginalApi
{
    private const int DefaultTop = 3;
    private const string LeagueName = "League";

    // The original answered GET only; POST (and DELETE for deletes) are what HTTP clients expect.
    private static readonly string[] GetOrPost = [HttpMethods.Get, HttpMethods.Post];
    private static readonly OriginalJsonContext Json = OriginalJsonContext.Original;

    public static IEndpointRouteBuilder MapOriginalApi(this IEndpointRouteBuilder app)
    {
        // Left out of the OpenAPI document: GET with a body is not something to teach new clients.
        var original = app.MapGroup(string.Empty).ExcludeFromDescription();
        original.MapMethods("/bestposition", GetOrPost, BestPositionAsync);
        original.MapMethods("/table", GetOrPost, TableAsync);
        original.MapGet("/bestplayers/{team}", BestPlayersAsync);
        original.MapMethods("/createplayer", GetOrPost, CreatePlayerAsync).RequireApiKey();
        original.MapMethods("/deleteplayer/{team}/{player}", [.. GetOrPost, HttpMethods.Delete], DeletePlayerAsync).RequireApiKey();
        original.MapMethods("/transferplayer", GetOrPost, TransferPlayerAsync).RequireApiKey();
        return app;
    }

    private static async Task<JsonHttpResult<PlayersAnswer>> BestPositionAsync(HttpRequest request, LeagueGateway league, CancellationToken ct)
    {
        var (body, status, error) = await JsonBodyReader.ReadAsync(request, Json.PositionRequest, ct);
        if (body?.Position is not { } position)
        {
            return Players(null, status == StatusCodes.Status200OK ? StatusCodes.Status400BadRequest : status, error ?? "The body must name a \"position\".");
        }

        var result = await league.GetTopOfPositionAsync(position, DefaultTop, ct);
        return Players(result.Value?.Select(r => LegacyMapping.ToLegacy(r.Player)).ToList(), result.StatusCode, result.ErrorMessage);
    }

    private static async Task<JsonHttpResult<TableAnswer>> TableAsync(HttpRequest request, LeagueGateway league, CancellationToken ct)
    {
        // The original read the collection named by "league"; there is one league, so accept its name or none.
        if (request.ContentLength > 0)
        {
            var (body, status, error) = await JsonBodyReader.ReadAsync(request, Json.TableRequest, ct);
            if (error is not null)
            {
                return Table(null, status, error);
            }

            if (body?.League is { } named && !string.Equals(named, LeagueName, StringComparison.OrdinalIgnoreCase))
            {
                return Table(null, StatusCodes.Status404NotFound, $"There is no league '{named}'; the only one is \"{LeagueName}\".");
            }
        }

        var result = await league.GetTableAsync(ct);
        return Table(result.Value?.Select(LegacyMapping.ToLegacy).ToList(), result.StatusCode, result.ErrorMessage);
    }

    private static async Task<JsonHttpResult<PlayersAnswer>> BestPlayersAsync(string team, LeagueGateway league, CancellationToken ct)
    {
        var result = await league.GetBestOfTeamAsync(team, ct);
        return Players(result.Value?.Select(r => LegacyMapping.ToLegacy(r.Player)).ToList(), result.StatusCode, result.ErrorMessage);
    }

    private static async Task<JsonHttpResult<OpsAnswer>> CreatePlayerAsync(HttpRequest request, LeagueGateway league, CancellationToken ct)
    {
        var (body, status, error) = await JsonBodyReader.ReadAsync(request, Json.CreatePlayerRequest, ct);
        if (error is not null)
        {
            return Ops(null, status, error);
        }

        var (player, invalid) = LegacyMapping.ToPlayer(body?.NewPlayer);
        if (player is null)
        {
            return Ops(null, StatusCodes.Status400BadRequest, invalid);
        }

        var result = await league.CreatePlayerAsync(player.Team, player, ct);
        return Ops($"Player {player.Name} created in {player.Team}.", result);
    }

    private static async Task<JsonHttpResult<OpsAnswer>> DeletePlayerAsync(string team, string player, LeagueGateway league, CancellationToken ct)
    {
        var result = await league.DeletePlayerAsync(team, player, ct);
        return Ops($"Player {player} deleted from {team}.", result);
    }

    private static async Task<JsonHttpResult<OpsAnswer>> TransferPlayerAsync(HttpRequest request, LeagueGateway league, CancellationToken ct)
    {
        var (body, status, error) = await JsonBodyReader.ReadAsync(request, Json.TransferPlayerRequest, ct);
        if (error is not null)
        {
            return Ops(null, status, error);
        }

        if (LegacyMapping.ToTransfer(body) is not { } transfer)
        {
            return Ops(null, StatusCodes.Status400BadRequest, "The body must name \"PlayerName\", \"TeamFrom\" and \"TeamTO\".");
        }

        var result = await league.TransferAsync(transfer, ct);
        if (result.StatusCode == StatusCodes.Status422UnprocessableEntity)
        {
            // The original's clients know a refused transfer as a conflict; /api says 422.
            return Ops(null, StatusCodes.Status409Conflict, result.ErrorMessage);
        }

        return Ops(
            result.Value is { } done
                ? $"{done.Player.Name} transferred from {done.Seller.Name} to {done.Buyer.Name} for {done.Player.Price}."
                : null,
            result);
    }

    private static JsonHttpResult<PlayersAnswer> Players(IReadOnlyList<LegacyPlayer>? players, int status, string? error) =>
        TypedResults.Json(new PlayersAnswer(players, NullIfEmpty(error)), Json.PlayersAnswer, statusCode: status);

    private static JsonHttpResult<TableAnswer> Table(IReadOnlyList<LegacyTeam>? teams, int status, string? error) =>
        TypedResults.Json(new TableAnswer(teams, NullIfEmpty(error)), Json.TableAnswer, statusCode: status);

    private static JsonHttpResult<OpsAnswer> Ops(string? ops, int status, string? error) =>
        TypedResults.Json(new OpsAnswer(ops, NullIfEmpty(error)), Json.OpsAnswer, statusCode: status);

    private static JsonHttpResult<OpsAnswer> Ops<T>(string? success, BackendResult<T> result) =>
        result.IsSuccess
            ? Ops(success, StatusCodes.Status200OK, null)
            : Ops(null, result.StatusCode, result.ErrorMessage);

    private static string? NullIfEmpty(string? text) => string.IsNullOrEmpty(text) ? null : text;
}
