using LeagueApp.Contracts;
using LeagueApp.Data.Idempotency;
using LeagueApp.Data.Transfers;
using LeagueApp.Timeouts;
using Microsoft.Extensions.Options;

namespace LeagueApp.Transfer;

// Transfers in turn: one at a time per club and a few at a time per instance (they mostly touch the same
// few club documents, so more at once would only collide), the rest queued for a while
// (Timeouts:Transfer:Queue), then turned away as busy.
public sealed class TransferService(
    LeagueTransfers transfers,
    IOptions<TransferOptions> options,
    IOptions<TimeoutBudget> budget,
    TransferMetrics metrics,
    TimeProvider time) : IDisposable
{
    private readonly SemaphoreSlim _turns = new(options.Value.MaxConcurrentTransactions);
    private readonly ClubTurns _clubs = new();

    /// <param name="retry">With a key, the answer is remembered in the same commit, and a retry gets it back.</param>
    public async Task<TransferOutcome> TransferAsync(TransferRequest request, IdempotentRequest? retry, CancellationToken ct)
    {
        var outcome = await TransferWhenItsTurnAsync(request, retry, ct);
        metrics.Record(outcome);
        return outcome;
    }

    public void Dispose()
    {
        _turns.Dispose();
        _clubs.Dispose();
    }

    private async Task<TransferOutcome> TransferWhenItsTurnAsync(TransferRequest request, IdempotentRequest? retry, CancellationToken ct)
    {
        // The clubs' turns first, so that a transfer waiting for its clubs holds no place another
        // transfer, between other clubs, could use; both waits together within the queue's time.
        using var limit = new CancellationTokenSource(budget.Value.Transfer.Queue, time);
        using var queue = CancellationTokenSource.CreateLinkedTokenSource(ct, limit.Token);
        using var clubs = await _clubs.TakeAsync(request.FromTeam, request.ToTeam, queue.Token);
        if (clubs is null || !await WaitQuietlyAsync(_turns, queue.Token))
        {
            ct.ThrowIfCancellationRequested();
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

    private static async Task<bool> WaitQuietlyAsync(SemaphoreSlim turns, CancellationToken ct)
    {
        try
        {
            await turns.WaitAsync(ct);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
