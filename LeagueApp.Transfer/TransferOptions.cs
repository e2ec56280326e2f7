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

    /// <summary>
    /// How long a transfer may wait for its turn before the answer is 429 "busy". With the transaction's
    /// own 10 s (Firestore:TransactionTimeout in appsettings.json) it stays inside the frontend's 20 s attempt.
    /// </summary>
    public TimeSpan QueueTimeout { get; set; } = TimeSpan.FromSeconds(8);
}
