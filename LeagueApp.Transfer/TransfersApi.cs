using System.Text.Json;
using LeagueApp.Contracts;
using LeagueApp.Contracts.Security;
using LeagueApp.Data;
using LeagueApp.Data.Idempotency;
using LeagueApp.Data.Transfers;
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

    // IResult: besides its own answers, a retry replays whatever the first attempt answered.
    private static async Task<IResult> TransferAsync(
        TransferRequest request, HttpRequest http, TransferService transfers, CancellationToken ct)
    {
        var errors = Names.ValidatePlayerName(request.Player, "player")
            .Concat(Names.ValidateTeamName(request.FromTeam, "fromTeam"))
            .Concat(Names.ValidateTeamName(request.ToTeam, "toTeam"))
            .ToList();
        if (errors.Count > 0)
        {
            return ValidationProblems.From(errors);
        }

        var (retry, invalidKey) = IdempotentRequest.From(http, "transfer", JsonSerializer.Serialize(request, LeagueJsonContext.Default.TransferRequest));
        if (invalidKey is not null)
        {
            return invalidKey;
        }

        var outcome = await transfers.TransferAsync(request, retry, ct);
        return outcome switch
        {
            TransferOutcome.Replayed replayed => retry!.Replay(replayed.Record),
            TransferOutcome.Done done => Committed(http.HttpContext, done),
            TransferOutcome.PlayerMissing => Problems.PlayerNotFound(request.FromTeam, request.Player),
            TransferOutcome.TeamMissing missing => Problems.TeamNotFound(missing.Team),
            TransferOutcome.Busy => Busy(http.HttpContext),
            TransferOutcome.Refused refused => Problems.Refused("Transfer refused", refused.Message),
            TransferOutcome.NameTaken => Problems.Conflict(
                "Player name taken", $"{request.ToTeam} already has a player named {request.Player}."),
            _ => throw new InvalidOperationException($"Unexpected transfer outcome {outcome}."),
        };
    }

    // Shedding load is not a failure of the service: 429, and when to come back.
    private static ProblemHttpResult Busy(HttpContext context)
    {
        context.Response.Headers.RetryAfter = "1";
        return TypedResults.Problem(
            "Too many transfers are in progress; nothing was changed. Try again in a second.",
            statusCode: StatusCodes.Status429TooManyRequests,
            title: "Transfers busy");
    }

    private static Ok<TransferResult> Committed(HttpContext context, TransferOutcome.Done done)
    {
        context.MarkCommitted(done.CommitTime);
        return TypedResults.Ok(done.Result);
    }
}
