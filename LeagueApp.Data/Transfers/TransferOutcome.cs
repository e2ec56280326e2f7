using LeagueApp.Contracts;

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

    // A request with the same idempotency key transferred the player meanwhile: nothing more was done,
    // and the answer remembered under the key is the one to give.
    public sealed record Replayed : TransferOutcome;

    // A valid request that the transfer rules refuse, e.g. a buyer who cannot afford the price.
    public sealed record Refused(string Message) : TransferOutcome;
}
