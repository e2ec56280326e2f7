using LeagueApp.Contracts;
using LeagueApp.Contracts.Security;
using LeagueApp.Domain;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LeagueApp.Transfer;

public static class TransfersApi
{
    public static IEndpointRouteBuilder MapTransfersApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/transfers").RequireApiKey().MapPost("/", TransferAsync);
        return app;
    }

    private static async Task<Results<Ok<TransferResult>, ProblemHttpResult, ValidationProblem>> TransferAsync(
        TransferRequest request, TransferService transfers, CancellationToken ct)
    {
        var errors = Names.ValidatePlayerName(request.Player, "player")
            .Concat(Names.ValidateTeamName(request.FromTeam, "fromTeam"))
            .Concat(Names.ValidateTeamName(request.ToTeam, "toTeam"))
            .ToList();
        if (errors.Count > 0)
        {
            return ValidationProblems.From(errors);
        }

        var outcome = await transfers.TransferAsync(request, ct);
        return outcome switch
        {
            TransferOutcome.Done done => TypedResults.Ok(done.Result),
            TransferOutcome.PlayerMissing => Problems.PlayerNotFound(request.FromTeam, request.Player),
            TransferOutcome.TeamMissing missing => Problems.TeamNotFound(missing.Team),
            TransferOutcome.Refused refused => Problems.Refused("Transfer refused", refused.Message),
            TransferOutcome.NameTaken => Problems.Conflict(
                "Player name taken", $"{request.ToTeam} already has a player named {request.Player}."),
            _ => throw new InvalidOperationException($"Unexpected transfer outcome {outcome}."),
        };
    }
}
