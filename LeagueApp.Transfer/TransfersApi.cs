using System.Text.Json;
using LeagueApp.AspNetCore.Security;
using LeagueApp.Backend;
using LeagueApp.Backend.Idempotency;
using LeagueApp.Contracts;
using LeagueApp.Data.Transfers;
using LeagueApp.Domain;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LeagueApp.Transfer;

public static class TransfersApi
{
    public static IEndpointRouteBuilder MapTransfersApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/transfers").RequireApiKey().MapPost("/", TransferAsync)
            .WithValidation(context => Validate(context.Body<TransferRequest>()))
            .WithIdempotency("transfer", context => JsonSerializer.Serialize(context.Body<TransferRequest>(), LeagueJsonContext.Default.TransferRequest));
        return app;
    }

    private static async Task<Results<Ok<TransferResult>, ProblemHttpResult>> TransferAsync(
        TransferRequest request, HttpContext http, TransferService transfers, CancellationToken ct)
    {
        var outcome = await transfers.TransferAsync(request, http.IdempotentRequest(), ct);
        return outcome switch
        {
            TransferOutcome.Done done => Committed(http, done),
            TransferOutcome.PlayerMissing => Problems.PlayerNotFound(request.FromTeam, request.Player),
            TransferOutcome.TeamMissing missing => Problems.TeamNotFound(missing.Team),
            TransferOutcome.Busy => Busy(http),
            TransferOutcome.Refused refused => Problems.Refused("Transfer refused", refused.Message),
            TransferOutcome.NameTaken => Problems.Conflict(
                "Player name taken", $"{request.ToTeam} already has a player named {request.Player}."),
            // A conflict with the twin that has the same key: the idempotency filter answers as the twin did.
            TransferOutcome.Replayed => Problems.Conflict(
                "Concurrent change", "A request with the same Idempotency-Key transferred the player meanwhile; nothing more was changed."),
            _ => throw new InvalidOperationException($"Unexpected transfer outcome {outcome}."),
        };
    }

    private static IEnumerable<ValidationError> Validate(TransferRequest request) =>
        Names.ValidatePlayerName(request.Player, "player")
            .Concat(Names.ValidateTeamName(request.FromTeam, "fromTeam"))
            .Concat(Names.ValidateTeamName(request.ToTeam, "toTeam"));

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
