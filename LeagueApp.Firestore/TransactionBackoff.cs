namespace LeagueApp.Firestore;

/// <summary>
/// Delays between attempts of an aborted transaction: exponential so contention drains, with
/// jitter so the transactions that collided do not collide again in lockstep. Half of each delay
/// is fixed: retrying at once would keep taking read locks and starve every commit (measured
/// against the emulator, whose commits wait up to 2 s for other readers' locks).
/// </summary>
internal static class TransactionBackoff
{
    private static readonly TimeSpan Initial = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan Max = TimeSpan.FromSeconds(2);

    /// <param name="failedAttempts">Attempts made so far, at least 1.</param>
    public static TimeSpan Delay(int failedAttempts)
    {
        var exponential = Initial * Math.Pow(2, Math.Min(failedAttempts - 1, 16));
        var capped = exponential < Max ? exponential : Max;
        return capped * (0.5 + (Random.Shared.NextDouble() / 2));
    }
}
