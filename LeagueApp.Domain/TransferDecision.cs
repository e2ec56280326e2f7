namespace LeagueApp.Domain;

/// <summary>Either <see cref="TransferRefused"/> or <see cref="TransferApproved"/>; no other kind exists.</summary>
public abstract record TransferDecision
{
    private protected TransferDecision()
    {
    }
}
