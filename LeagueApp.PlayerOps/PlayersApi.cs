using System.Text.Json;
using LeagueApp.Contracts;
using LeagueApp.Contracts.Security;
using LeagueApp.Data;
using LeagueApp.Data.Idempotency;
using LeagueApp.Domain;

namespace LeagueApp.PlayerOps;

// The write side of squads: players join and leave the league here. With an Idempotency-Key a
// retried create or delete answers as the first one did and changes nothing more.
public static class PlayersApi
{
    public static IEndpointRouteBuilder MapPlayersApi(this IEndpointRouteBuilder app)
    {
        var players = app.MapGroup("/teams/{team}/players").RequireApiKey();
        players.MapPost("/", CreateAsync);
        players.MapDelete("/{name}", DeleteAsync);
        return app;
    }

    // IResult: besides its own answers, a retry replays whatever the first attempt answered.
    private static async Task<IResult> CreateAsync(
        string team, Player player, HttpRequest request, LeagueStore store, IdempotencyStore idempotency, CancellationToken ct)
    {
        var errors = PlayerValidator.Validate(player).ToList();
        if (!string.Equals(team, player.Team, StringComparison.Ordinal))
        {
            errors.Add(new("team", $"The player's team '{player.Team}' does not match the team '{team}' of the address."));
        }

        if (errors.Count > 0)
        {
            return ValidationProblems.From(errors);
        }

        var body = JsonSerializer.Serialize(player, LeagueJsonContext.Default.Player);
        var (retry, invalidKey) = IdempotentRequest.From(request, "create-player", body);
        if (invalidKey is not null)
        {
            return invalidKey;
        }

        if (retry is not null && await idempotency.FindAsync(retry.Key, ct) is { } remembered)
        {
            return retry.Replay(remembered);
        }

        if (await store.GetTeamAsync(player.Team, ct) is null)
        {
            return Problems.TeamNotFound(player.Team);
        }

        if (await store.CreatePlayerAsync(player, Remember(retry, StatusCodes.Status201Created, body), ct) is not { } created)
        {
            // A twin of this request with the same key may have landed first: then answer as it did.
            if (retry is not null && await idempotency.FindAsync(retry.Key, ct) is { } twin)
            {
                return retry.Replay(twin);
            }

            return Problems.Conflict("Player already exists", $"{player.Team} already has a player '{player.Name}'.");
        }

        request.HttpContext.MarkCommitted(created);
        return TypedResults.Created($"/teams/{Uri.EscapeDataString(player.Team)}/players/{Uri.EscapeDataString(player.Name)}", player);
    }

    private static async Task<IResult> DeleteAsync(
        string team, string name, HttpRequest request, LeagueStore store, IdempotencyStore idempotency, CancellationToken ct)
    {
        if (ValidationProblems.ForPath(team, name) is { } invalid)
        {
            return invalid;
        }

        var (retry, invalidKey) = IdempotentRequest.From(request, "delete-player", $"{team}\n{name}");
        if (invalidKey is not null)
        {
            return invalidKey;
        }

        if (retry is not null && await idempotency.FindAsync(retry.Key, ct) is { } remembered)
        {
            return retry.Replay(remembered);
        }

        if (await store.DeletePlayerAsync(team, name, Remember(retry, StatusCodes.Status204NoContent, string.Empty), ct) is { } deleted)
        {
            request.HttpContext.MarkCommitted(deleted);
            return TypedResults.NoContent();
        }

        if (retry is not null && await idempotency.FindAsync(retry.Key, ct) is { } twin)
        {
            return retry.Replay(twin);
        }

        return Problems.PlayerNotFound(team, name);
    }

    private static RememberedAnswer? Remember(IdempotentRequest? retry, int statusCode, string body) =>
        retry is null ? null : new RememberedAnswer(retry, statusCode, body);
}
