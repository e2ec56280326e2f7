using System.Text.Json;
using LeagueApp.AspNetCore.Security;
using LeagueApp.Backend;
using LeagueApp.Backend.Idempotency;
using LeagueApp.Contracts;
using LeagueApp.Data;
using LeagueApp.Domain;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LeagueApp.PlayerOps;

// The write side of squads: players join and leave the league here. With an Idempotency-Key a
// retried create or delete answers as the first one did and changes nothing more.
public static class PlayersApi
{
    public static IEndpointRouteBuilder MapPlayersApi(this IEndpointRouteBuilder app)
    {
        var players = app.MapGroup("/teams/{team}/players").RequireApiKey();
        players.MapPost("/", CreateAsync)
            .WithValidation(context => ValidateCreate(context.Route("team"), context.Body<Player>()))
            .WithIdempotency("create-player", context => JsonSerializer.Serialize(context.Body<Player>(), LeagueJsonContext.Default.Player));
        players.MapDelete("/{name}", DeleteAsync)
            .WithValidation(context => ValidationProblems.PathErrors(context.Route("team"), context.Route("name")))
            .WithIdempotency("delete-player", context => $"{context.Route("team")}\n{context.Route("name")}");
        return app;
    }

    private static async Task<Results<Created<Player>, ProblemHttpResult>> CreateAsync(
        string team, Player player, HttpContext http, LeagueStore store, CancellationToken ct)
    {
        // The validation made the address's team and the player's the same.
        if (await store.GetTeamAsync(team, ct) is null)
        {
            return Problems.TeamNotFound(team);
        }

        var answer = http.AnswerToRemember(StatusCodes.Status201Created, player, LeagueJsonContext.Default.Player);
        if (await store.CreatePlayerAsync(player, answer, ct) is not { } created)
        {
            return Problems.Conflict("Player already exists", $"{player.Team} already has a player '{player.Name}'.");
        }

        http.MarkCommitted(created);
        return TypedResults.Created($"/teams/{Uri.EscapeDataString(player.Team)}/players/{Uri.EscapeDataString(player.Name)}", player);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(
        string team, string name, HttpContext http, LeagueStore store, CancellationToken ct)
    {
        if (await store.DeletePlayerAsync(team, name, http.AnswerToRemember(StatusCodes.Status204NoContent), ct) is not { } deleted)
        {
            return Problems.PlayerNotFound(team, name);
        }

        http.MarkCommitted(deleted);
        return TypedResults.NoContent();
    }

    private static List<ValidationError> ValidateCreate(string team, Player player)
    {
        var errors = PlayerValidator.Validate(player).ToList();
        if (!string.Equals(team, player.Team, StringComparison.Ordinal))
        {
            errors.Add(new("team", $"The player's team '{player.Team}' does not match the team '{team}' of the address."));
        }

        return errors;
    }
}
