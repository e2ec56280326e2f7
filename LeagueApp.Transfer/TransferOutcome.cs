using LeagueApp.Contracts;

namespace LeagueApp.Transfer;

public abstract record TransferOutcome
{
    private TransferOutcome()
    {
    }

    public sealed record Done(TransferResult Result) : TransferOutcome;

    public sealed record PlayerMissing : TransferOutcome;

    public sealed record TeamMissing(string Team) : TransferOutcome;

    public sealed record NameTaken : TransferOutcome;

    // A valid request that the transfer rules refuse, e.g. a buyer who cannot afford the price.
    public sealed record Refused(string Message) : TransferOutcome;
}
