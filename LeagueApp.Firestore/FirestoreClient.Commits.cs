using LeagueApp.Firestore.Wire;
using Microsoft.Extensions.Logging;

namespace LeagueApp.Firestore;

// Writes: single commits, chunked bulk commits and read-write transactions.
public sealed partial class FirestoreClient
{
    public Task<CommitResult> CommitAsync(IReadOnlyList<Write> writes, CancellationToken ct = default) =>
        CommitAsync(writes, transaction: null, ct);

    public async Task<int> CommitInBatchesAsync(IEnumerable<Write> writes, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(writes);
        var committed = 0;
        foreach (var chunk in writes.Chunk(MaxWritesPerCommit))
        {
            await CommitAsync(chunk, ct);
            committed += chunk.Length;
        }

        return committed;
    }

    public async Task<T> RunTransactionAsync<T>(Func<FirestoreTransaction, CancellationToken, Task<T>> body, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(body);
        using var activity = FirestoreTelemetry.ActivitySource.StartActivity("firestore.transaction");
        using var deadline = new CancellationTokenSource(_options.TransactionTimeout, _timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct, deadline.Token);
        string? abortedTransaction = null;
        try
        {
            for (var attempt = 1; ; attempt++)
            {
                activity?.SetTag("firestore.transaction.attempts", attempt);
                var transaction = new FirestoreTransaction(this, await BeginTransactionAsync(abortedTransaction, linked.Token));
                try
                {
                    return await CompleteAsync(transaction, body, linked.Token);
                }
                catch (FirestoreAbortedException) when (attempt < _options.MaxTransactionAttempts)
                {
                    abortedTransaction = transaction.Id;
                    var delay = TransactionBackoff.Delay(attempt);
                    LogTransactionRetry(attempt, _options.MaxTransactionAttempts, delay.TotalMilliseconds);
                    await Task.Delay(delay, _timeProvider, linked.Token);
                }
            }
        }
        catch (OperationCanceledException ex) when (deadline.IsCancellationRequested && !ct.IsCancellationRequested)
        {
            throw new FirestoreUnavailableException(
                $"The Firestore transaction did not finish within {_options.TransactionTimeout.TotalSeconds:0.###} s.",
                statusCode: null,
                "DEADLINE_EXCEEDED",
                ex);
        }
    }

    internal async Task<CommitResult> CommitAsync(IReadOnlyList<Write> writes, string? transaction, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(writes);
        if (writes.Count > MaxWritesPerCommit)
        {
            throw new ArgumentException(
                $"A commit takes at most {MaxWritesPerCommit} writes, got {writes.Count}; use {nameof(CommitInBatchesAsync)} for bulk writes.",
                nameof(writes));
        }

        var response = await _http.SendAsync(
            HttpMethod.Post,
            $"{_names.Documents}:commit",
            new WireCommitRequest([.. writes.Select(write => WireMapper.ToWire(write, _names))], transaction),
            Json.WireCommitRequest,
            Json.WireCommitResponse,
            ct);
        return new CommitResult(response.CommitTime, [.. response.WriteResults?.Select(result => result.UpdateTime) ?? []]);
    }

    // Runs the body once and commits, or rolls back and rethrows.
    private async Task<T> CompleteAsync<T>(FirestoreTransaction transaction, Func<FirestoreTransaction, CancellationToken, Task<T>> body, CancellationToken ct)
    {
        try
        {
            var result = await body(transaction, ct);
            await CommitAsync(transaction.Writes, transaction.Id, ct);
            return result;
        }
        catch
        {
            await RollbackQuietlyAsync(transaction.Id);
            throw;
        }
    }

    private async Task<string> BeginTransactionAsync(string? retryTransaction, CancellationToken ct)
    {
        // Naming the aborted transaction keeps its place in line instead of starting over as a newcomer.
        var response = await _http.SendAsync(
            HttpMethod.Post,
            $"{_names.Documents}:beginTransaction",
            new WireBeginTransactionRequest(new WireTransactionOptions(new WireReadWriteOptions(retryTransaction))),
            Json.WireBeginTransactionRequest,
            Json.WireBeginTransactionResponse,
            ct);
        return response.Transaction;
    }

    // Releases the transaction's locks now rather than at their expiry. Not bound to the caller's
    // token, which may be what failed the transaction; the request timeout still bounds it.
    private async Task RollbackQuietlyAsync(string transaction)
    {
        try
        {
            await _http.SendAsync(
                HttpMethod.Post,
                $"{_names.Documents}:rollback",
                new WireRollbackRequest(transaction),
                Json.WireRollbackRequest,
                Json.WireEmpty,
                CancellationToken.None);
        }
        catch (FirestoreException ex)
        {
            LogRollbackFailed(ex.Status, ex.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Firestore transaction aborted by contention (attempt {Attempt} of {MaxAttempts}); retrying in {DelayMs:0} ms")]
    private partial void LogTransactionRetry(int attempt, int maxAttempts, double delayMs);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Rolling back a Firestore transaction failed ({Status}): {Detail}")]
    private partial void LogRollbackFailed(string status, string detail);
}
