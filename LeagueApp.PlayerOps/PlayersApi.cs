using LeagueApp.Contracts;
using LeagueApp.Contracts.Security;
using LeagueApp.Data;
using LeagueApp.Domain;
using LeagueApp.Firestore;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LeagueApp.PlayerOps;

// The write side of squads: players join and leave the league here.
public static class PlayersApi
{
    public static IEndpointRouteBuilder MapPlayersApi(this IEndpointRouteBuilder app)
    {
        var players = app.MapGroup("/teams/{team}/players").RequireApiKey();
        players.MapPost("/", CreateAsync);
        players.MapDelete("/{name}", DeleteAsync);
        return app;
    }

    private static async Task<Results<Created<Player>, ProblemHttpResult, ValidationProblem>> CreateAsync(
        string team, Player player, LeagueStore store, CancellationToken ct)
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

        if (await store.GetTeamAsync(player.Team, ct) is null)
        {
            return Problems.TeamNotFound(player.Team);
        }

        try
        {
            await store.CreatePlayerAsync(player, ct);
        }
        catch (FirestoreAlreadyExistsException)
        {
            return Problems.Conflict("Player already exists", $"{player.Team} already has a player '{player.Name}'.");
        }

        return TypedResults.Created($"/teams/{Uri.EscapeDataString(player.Team)}/players/{Uri.EscapeDataString(player.Name)}", player);
    }

    private static async Task<Results<NoContent, ProblemHttpResult, ValidationProblem>> DeleteAsync(
        string team, string name, LeagueStore store, CancellationToken ct)
    {
        if (ValidationProblems.ForPath(team, name) is { } invalid)
        {
            return invalid;
        }

        return await store.DeletePlayerAsync(team, name, ct)
            ? TypedResults.NoContent()
            : Problems.PlayerNotFound(team, name);
    }
}
