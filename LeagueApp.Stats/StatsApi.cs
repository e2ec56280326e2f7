using LeagueApp.Backend;
using LeagueApp.Data;
using LeagueApp.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace LeagueApp.Stats;

// The read side of the league: table, squads, rankings, kept while the league does not change
// (FollowedReadPolicy says how far a kept answer can be trusted).
public static class StatsApi
{
    public const int DefaultTop = 3;

    public static IEndpointRouteBuilder MapStatsApi(this IEndpointRouteBuilder app)
    {
        var teams = app.MapGroup("/teams").CacheOutput(FollowedReadPolicy.Name);
        teams.MapGet("/", GetTableAsync);
        teams.MapGet("/{team}/players", GetPlayersOfTeamAsync);
        teams.MapGet("/{team}/players/{name}", GetPlayerAsync);
        teams.MapGet("/{team}/best", GetBestOfTeamAsync);

        app.MapGet("/positions/{position}/top", GetTopOfPositionAsync).CacheOutput(FollowedReadPolicy.Name);
        return app;
    }

    private static async Task<Ok<IReadOnlyList<TeamStanding>>> GetTableAsync(LeagueStore store, CancellationToken ct) =>
        TypedResults.Ok(LeagueTable.Sort(await store.GetTeamsAsync(ct)));

    private static async Task<Results<Ok<IReadOnlyList<Player>>, ProblemHttpResult, ValidationProblem>> GetPlayersOfTeamAsync(
        string team, LeagueStore store, CancellationToken ct)
    {
        if (ValidationProblems.ForPath(team) is { } invalid)
        {
            return invalid;
        }

        return await SquadAsync(team, store, ct) is { } players
            ? TypedResults.Ok<IReadOnlyList<Player>>([.. players.OrderBy(p => p.Position).ThenBy(p => p.Name, StringComparer.Ordinal)])
            : Problems.TeamNotFound(team);
    }

    private static async Task<Results<Ok<Player>, ProblemHttpResult, ValidationProblem>> GetPlayerAsync(
        string team, string name, LeagueStore store, CancellationToken ct)
    {
        if (ValidationProblems.ForPath(team, name) is { } invalid)
        {
            return invalid;
        }

        return await store.GetPlayerAsync(team, name, ct) is { } player
            ? TypedResults.Ok(player)
            : Problems.PlayerNotFound(team, name);
    }

    private static async Task<Results<Ok<IReadOnlyList<RankedPlayer>>, ProblemHttpResult, ValidationProblem>> GetBestOfTeamAsync(
        string team, LeagueStore store, CancellationToken ct)
    {
        if (ValidationProblems.ForPath(team) is { } invalid)
        {
            return invalid;
        }

        return await SquadAsync(team, store, ct) is { } players
            ? TypedResults.Ok(Ranking.BestOfTeam(players))
            : Problems.TeamNotFound(team);
    }

    // A team's players, or null when there is no such team. An empty squad of a team that exists is
    // a valid answer, so the team is looked up only then.
    private static async Task<IReadOnlyList<Player>?> SquadAsync(string team, LeagueStore store, CancellationToken ct)
    {
        var players = await store.GetPlayersOfTeamAsync(team, ct);
        return players.Count == 0 && await store.GetTeamAsync(team, ct) is null ? null : players;
    }

    private static async Task<Results<Ok<IReadOnlyList<RankedPlayer>>, ValidationProblem>> GetTopOfPositionAsync(
        string position, int? count, LeagueStore store, IOptions<StatsOptions> options, CancellationToken ct)
    {
        var errors = new List<ValidationError>();
        if (!Positions.TryParse(position, out var parsed))
        {
            errors.Add(new("position", $"Unknown position '{position}'. Use Defender, Midfielder or Forward."));
        }

        var top = count ?? DefaultTop;
        var maxTop = options.Value.MaxTop;
        if (top < 1 || top > maxTop)
        {
            errors.Add(new("count", $"The count must be between 1 and {maxTop}."));
        }

        if (errors.Count > 0)
        {
            return ValidationProblems.From(errors);
        }

        var players = await store.GetPlayersOfPositionAsync(parsed, ct);
        return TypedResults.Ok(Ranking.TopOfPosition(players, parsed, top));
    }
}
