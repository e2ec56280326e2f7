namespace LeagueApp.Transfer;

public sealed class TransferOptions
{
    public const string SectionName = "Transfer";

    /// <summary>
    /// Transactions this instance runs at once. Every transfer touches two of the few team documents,
    /// so parallel ones mostly collide and retry (the emulator makes a colliding commit wait about 2 s);
    /// queueing them here is faster. Other replicas still collide, and retries settle that.
    /// </summary>
    public int MaxConcurrentTransactions { get; set; } = 2;
}
