namespace LeagueApp.Firestore;

/// <summary>
/// Exponential backoff with full jitter, as gRPC's retry policy computes it: the n-th delay is
/// uniformly random in [0, min(<see cref="Max"/>, <see cref="Initial"/> × <see cref="Multiplier"/>^(n-1))),
/// so clients that failed together do not retry in lockstep.
/// </summary>
internal sealed record Backoff(TimeSpan Initial, TimeSpan Max, double Multiplier)
{
    /// <summary>The ceiling of the delay after <paramref name="failedAttempts"/> attempts, before jitter.</summary>
    public TimeSpan Ceiling(int failedAttempts)
    {
        // Capped in the exponent's domain so that a long run of attempts cannot overflow TimeSpan.
        var scaled = Initial.TotalMilliseconds * Math.Pow(Multiplier, Math.Max(0, failedAttempts - 1));
        return TimeSpan.FromMilliseconds(Math.Min(scaled, Max.TotalMilliseconds));
    }

    /// <param name="failedAttempts">Attempts made so far, at least 1.</param>
    public TimeSpan Delay(int failedAttempts) => Ceiling(failedAttempts) * Random.Shared.NextDouble();
}
