namespace LeagueApp.Transfer;

// One transfer at a time per club in this instance. Two transfers that share a club would collide in
// Firestore, where the later one waits for the other's lock (about 2 s on the emulator) or retries;
// taking turns here costs it only the other's few milliseconds. Transfers between other clubs go on
// beside them. Clubs share a fixed set of turns by hash, so names sent by clients cannot grow it.
public sealed class ClubTurns : IDisposable
{
    private const int Stripes = 64;

    private readonly SemaphoreSlim[] _turns = [.. Enumerable.Range(0, Stripes).Select(_ => new SemaphoreSlim(1, 1))];

    /// <summary>
    /// Waits for the turns of both clubs, in a fixed order so that two transfers never hold one each
    /// while waiting for the other's. Null when <paramref name="ct"/> ends first; dispose to give them back.
    /// </summary>
    public async Task<IDisposable?> TakeAsync(string club, string otherClub, CancellationToken ct)
    {
        int[] stripes = [.. new[] { StripeOf(club), StripeOf(otherClub) }.Distinct().Order()];
        var taken = new List<SemaphoreSlim>(stripes.Length);
        try
        {
            foreach (var stripe in stripes)
            {
                await _turns[stripe].WaitAsync(ct);
                taken.Add(_turns[stripe]);
            }

            return new Turns(taken);
        }
        catch (OperationCanceledException)
        {
            new Turns(taken).Dispose();
            return null;
        }
    }

    public void Dispose()
    {
        foreach (var turn in _turns)
        {
            turn.Dispose();
        }
    }

    // FNV-1a rather than string.GetHashCode, which differs from process to process: the same clubs
    // share a turn (or not) in every instance and every run.
    private static int StripeOf(string club)
    {
        var hash = 2166136261u;
        foreach (var c in club)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)(hash % Stripes);
    }

    private sealed class Turns(List<SemaphoreSlim> taken) : IDisposable
    {
        public void Dispose()
        {
            foreach (var turn in taken)
            {
                turn.Release();
            }
        }
    }
}
