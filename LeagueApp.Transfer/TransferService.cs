using LeagueApp.Contracts;
using LeagueApp.Data.Idempotency;
using LeagueApp.Data.Transfers;
using LeagueApp.Timeouts;
using Microsoft.Extensions.Options;

namespace LeagueApp.Transfer;

// Transfers in turn: a few at a time per instance (they mostly touch the same club documents, so more
// at once would only collide), the rest queued for a while (Timeouts:Transfer:Queue), then turned away as busy.
public sealed class TransferService(
    LeagueTransfers transfers,
    IOptions<TransferOptions> options,
    IOptions<TimeoutBudget> budget,
    TransferMetrics metrics) : IDisposable
{
    private readonly SemaphoreSlim _turns = new(options.Value.MaxConcurrentTransactions);

    /// <param name="retry">With a key, the answer is remembered in the same commit, and a retry gets it back.</param>
    public async Task<TransferOutcome> TransferAsync(TransferRequest request, IdempotentRequest? retry, CancellationToken ct)
    {
        var outcome = await TransferWhenItsTurnAsync(request, retry, ct);
        metrics.Record(outcome);
        return outcome;
    }

    public void Dispose() => _turns.Dispose();

    private async Task<TransferOutcome> TransferWhenItsTurnAsync(TransferRequest request, IdempotentRequest? retry, CancellationToken ct)
    {
        if (!await _turns.WaitAsync(budget.Value.Transfer.Queue, ct))
        {
            return new TransferOutcome.Busy();
        }

        try
        {
            return await transfers.TransferAsync(request, retry, ct);
        }
        finally
        {
            _turns.Release();
        }
    }
}
