using System.Net;
using System.Text.Json;
using LeagueApp.Contracts;
using LeagueApp.Data.Idempotency;
using LeagueApp.Domain;
using LeagueApp.Firestore;
using Microsoft.Extensions.Logging;

namespace LeagueApp.Data.Transfers;

// Moves a player and the money in one Firestore transaction: the player's document changes
// team (and so id), the buyer pays the price and the seller receives it, or nothing happens.
public sealed class LeagueTransfers(IFirestoreClient firestore, IdempotencyStore idempotency, ILogger<LeagueTransfers> logger)
{
    /// <param name="retry">With a key, the answer is remembered in the same commit, and a retry gets it back.</param>
    public async Task<TransferOutcome> TransferAsync(TransferRequest request, IdempotentRequest? retry, CancellationToken ct)
    {
        FirestoreTransaction? attempt = null;
        var outcome = await firestore.RunTransactionAsync<TransferOutcome>(async (tx, token) =>
        {
            attempt = tx;
            if (retry is not null && await idempotency.FindAsync(tx, retry.Key, token) is not null)
            {
                return new TransferOutcome.Replayed();
            }

            var playerId = PlayerDocuments.IdOf(request.FromTeam, request.Player);
            var movedId = PlayerDocuments.IdOf(request.ToTeam, request.Player);

            // Every document the decision depends on is read inside the transaction, so a
            // concurrent transfer of the same player or money makes this one retry, not double-spend.
            // The player first: a transfer of a player who is not there (a burst of them is common:
            // the player left meanwhile) ends before it locks the clubs every other transfer needs.
            var players = await tx.GetAllAsync(LeagueCollections.Players, [playerId, movedId], token);
            if (players[0] is not { } playerDocument)
            {
                return new TransferOutcome.PlayerMissing();
            }

            var teams = await tx.GetAllAsync(LeagueCollections.Teams, [request.FromTeam, request.ToTeam], token);
            if (teams[0] is null)
            {
                return new TransferOutcome.TeamMissing(request.FromTeam);
            }

            if (teams[1] is null)
            {
                return new TransferOutcome.TeamMissing(request.ToTeam);
            }

            if (players[1] is not null && playerId != movedId)
            {
                return new TransferOutcome.NameTaken();
            }

            var decision = TransferRules.Decide(
                PlayerDocuments.FromDocument(playerDocument),
                TeamDocuments.FromDocument(teams[0]!),
                TeamDocuments.FromDocument(teams[1]!));

            if (decision is not TransferApproved approved)
            {
                return new TransferOutcome.Refused(((TransferRefused)decision).Message);
            }

            tx.Delete(LeagueCollections.Players, playerId, Precondition.MustExist);
            tx.Create(LeagueCollections.Players, movedId, PlayerDocuments.ToFields(approved.Player));
            tx.Update(LeagueCollections.Teams, approved.Seller.Name, CapitalOf(approved.Seller));
            tx.Update(LeagueCollections.Teams, approved.Buyer.Name, CapitalOf(approved.Buyer));
            var result = new TransferResult(approved.Player, approved.Seller, approved.Buyer);
            if (retry is not null)
            {
                tx.Add(idempotency.Remember(
                    retry.Key, retry.RequestHash, (int)HttpStatusCode.OK, JsonSerializer.Serialize(result, LeagueJsonContext.Default.TransferResult)));
            }

            return new TransferOutcome.Done(result);
        }, ct);

        if (outcome is TransferOutcome.PlayerMissing)
        {
            // A missing club explains a missing player better; read without locks, as the transaction
            // that found the player missing is over.
            var teams = await firestore.BatchGetAsync(LeagueCollections.Teams, [request.FromTeam, request.ToTeam], ct);
            outcome = teams[0] is null ? new TransferOutcome.TeamMissing(request.FromTeam)
                : teams[1] is null ? new TransferOutcome.TeamMissing(request.ToTeam)
                : outcome;
        }

        if (outcome is TransferOutcome.Done { Result: var done } committed)
        {
            outcome = committed with { CommitTime = attempt!.CommitTime!.Value };
            logger.LogInformation(
                "Transferred {Player} from {Seller} to {Buyer} for {Price}",
                done.Player.Name, done.Seller.Name, done.Buyer.Name, done.Player.Price);
        }

        return outcome;
    }

    private static DocumentFields CapitalOf(TeamStanding team) => new() { [TeamDocuments.CapitalField] = team.Capital };
}
