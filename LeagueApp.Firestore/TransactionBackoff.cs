namespace LeagueApp.Firestore;

/// <summary>
/// Delays between attempts of an aborted transaction: exponential so contention drains, with
/// jitter so the transactions that collided do not collide again in lockstep.
/// </summary>
internal static class TransactionBackoff
{
    private static readonly TimeSpan Initial = TimeSpan.FromMilliseconds(50);
    private static readonly TimeSpan Max = TimeSpan.FromSeconds(2);

    /// <param name="failedAttempts">Attempts made so far, at least 1.</param>
    public static TimeSpan Delay(int failedAttempts)
    {
        var exponential = Initial * Math.Pow(2, Math.Min(failedAttempts - 1, 16));
        var capped = exponential < Max ? exponential : Max;
        return capped * Random.Shared.NextDouble();
    }
}
