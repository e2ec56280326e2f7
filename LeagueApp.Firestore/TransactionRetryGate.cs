namespace LeagueApp.Firestore;

/// <summary>
/// Lets only <see cref="FirestoreOptions.MaxConcurrentRetriedTransactions"/> aborted transactions of this
/// process run their next attempt at a time. Firestore's emulator locks pessimistically and a commit
/// waits for every other reader of its documents (up to about 2 s, then one of them is aborted): retried
/// transactions that read again together abort each other again, whatever the backoff. One at a time,
/// each finishes in milliseconds. First attempts are not held back, and other processes settle by backoff.
/// </summary>
internal sealed class TransactionRetryGate(FirestoreOptions options) : IDisposable
{
    private readonly SemaphoreSlim _turns = new(options.MaxConcurrentRetriedTransactions, options.MaxConcurrentRetriedTransactions);

    public async Task<IDisposable> EnterAsync(CancellationToken ct)
    {
        await _turns.WaitAsync(ct);
        return new Turn(_turns);
    }

    public void Dispose() => _turns.Dispose();

    private sealed class Turn(SemaphoreSlim turns) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                turns.Release();
            }
        }
    }
}
