using LeagueApp.Contracts;
using LeagueApp.Data.Idempotency;

namespace LeagueApp.Data.Transfers;

public abstract record TransferOutcome
{
    private TransferOutcome()
    {
    }

    public sealed record Done(TransferResult Result) : TransferOutcome
    {
        // Known only once the transaction's body has returned this outcome and the commit landed.
        public DateTimeOffset CommitTime { get; init; }
    }

    public sealed record PlayerMissing : TransferOutcome;

    public sealed record TeamMissing(string Team) : TransferOutcome;

    public sealed record NameTaken : TransferOutcome;

    // Too many transfers queued at the instance that was asked (its own limit, not the data's): nothing was tried.
    public sealed record Busy : TransferOutcome;

    // The same request (same idempotency key) already transferred the player: answer as it did.
    public sealed record Replayed(IdempotencyRecord Record) : TransferOutcome;

    // A valid request that the transfer rules refuse, e.g. a buyer who cannot afford the price.
    public sealed record Refused(string Message) : TransferOutcome;
}
