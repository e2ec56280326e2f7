using Google.Protobuf;
using Microsoft.Extensions.Logging;
using V1 = Google.Cloud.Firestore.V1;

namespace LeagueApp.Firestore;

// Writes: single commits and read-write transactions.
public sealed partial class FirestoreClient
{
    public Task<CommitResult> CommitAsync(IReadOnlyList<Write> writes, CancellationToken ct = default) =>
        CommitAsync(writes, transaction: null, ct);

    public async Task<T> RunTransactionAsync<T>(Func<FirestoreTransaction, CancellationToken, Task<T>> body, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(body);
        using var activity = FirestoreTelemetry.ActivitySource.StartActivity("firestore.transaction");
        using var deadline = new CancellationTokenSource(_options.TransactionTimeout, _timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct, deadline.Token);
        var backoff = new Backoff(_options.TransactionInitialBackoff, _options.TransactionMaxBackoff, Multiplier: 2);
        ByteString? previous = null;
        var committing = false;
        try
        {
            for (var attempt = 1; ; attempt++)
            {
                activity?.SetTag("firestore.transaction.attempts", attempt);
                using var turn = attempt > 1 ? await _retryGate.EnterAsync(linked.Token) : null;

                // Begun by the body's first read; its id is known once Firestore named it.
                var transaction = new FirestoreTransaction(this, previous);
                try
                {
                    var result = await body(transaction, linked.Token);
                    var id = await transaction.BeginUnlessBegunAsync(linked.Token);
                    committing = true;
                    transaction.CommitTime = (await CommitAsync(transaction.Writes, id, linked.Token)).CommitTime;
                    return result;
                }
                catch (FirestoreAbortedException aborted)
                {
                    committing = false;
                    // Contention, from any step. Nothing was written; the locks this attempt holds are
                    // released before waiting, so that the transaction it collided with can finish. A first
                    // read aborted before Firestore named the transaction left nothing to roll back.
                    await RollbackQuietlyAsync(transaction.Id);
                    turn?.Dispose();
                    if (attempt >= _options.MaxTransactionAttempts)
                    {
                        throw new FirestoreAbortedException(
                            $"The Firestore transaction was aborted by contention in each of its {attempt} attempts; nothing was written.",
                            aborted.StatusCode,
                            aborted.Status,
                            aborted);
                    }

                    // Naming the aborted transaction keeps its place in line instead of starting over as a newcomer.
                    previous = transaction.Id ?? previous;
                    var delay = backoff.Delay(attempt);
                    FirestoreTelemetry.RecordRetry("Transaction", aborted.Status, attempt, delay);
                    LogTransactionRetry(attempt, _options.MaxTransactionAttempts, delay.TotalMilliseconds);
                    await Task.Delay(delay, _timeProvider, linked.Token);
                }
                catch when (linked.IsCancellationRequested)
                {
                    // Out of time (or cancelled): the answer must not wait for a Firestore that may be
                    // hanging; the rollback finishes, or its locks expire, on their own.
                    _ = RollbackQuietlyAsync(transaction.Id);
                    throw;
                }
                catch
                {
                    await RollbackQuietlyAsync(transaction.Id);
                    throw;
                }
            }
        }
        catch (OperationCanceledException ex) when (deadline.IsCancellationRequested && !ct.IsCancellationRequested && committing)
        {
            // The commit was sent and its answer not awaited: it may have landed.
            throw new FirestoreUnavailableException(
                $"The Firestore transaction ran out of its {_options.TransactionTimeout.TotalSeconds:0.###} s while its commit was under way; it may or may not have been applied.",
                statusCode: null,
                FirestoreStatus.Unknown,
                ex);
        }
        catch (OperationCanceledException ex) when (deadline.IsCancellationRequested && !ct.IsCancellationRequested)
        {
            throw new FirestoreUnavailableException(
                $"The Firestore transaction did not finish within {_options.TransactionTimeout.TotalSeconds:0.###} s; nothing was written.",
                statusCode: null,
                FirestoreStatus.DeadlineExceeded,
                ex);
        }
    }

    internal async Task<CommitResult> CommitAsync(IReadOnlyList<Write> writes, ByteString? transaction, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(writes);
        if (writes.Count > MaxWritesPerCommit)
        {
            throw new ArgumentException(
                $"A commit takes at most {MaxWritesPerCommit} writes, got {writes.Count}; send bulk writes in several commits.",
                nameof(writes));
        }

        var request = ProtoMapper.ToCommitRequest(writes, _names);
        if (transaction is not null)
        {
            request.Transaction = transaction;
        }

        var policy = transaction is null ? RetryPolicy.ForWrites("Commit", writes) : RetryPolicy.TransactionalCommit;
        return await _retrier.RunAsync(
            policy,
            async (attempt, token) =>
            {
                try
                {
                    var response = await _rpc.InvokeAsync(policy.Method, (client, options) => client.CommitAsync(request, options).ResponseAsync, token);
                    return new CommitResult(
                        ProtoMapper.ToTime(response.CommitTime) ?? CommitTimeOfNothing(writes),
                        [.. response.WriteResults.Select(result => ProtoMapper.ToTime(result.UpdateTime))]);
                }
                catch (FirestoreException ex) when (attempt.PreviousFailure is { } previous && transaction is not null
                    && ex.Status is FirestoreStatus.InvalidArgument or FirestoreStatus.Aborted)
                {
                    // A transaction that did commit is closed: its repeat is refused. Running the body
                    // again in a new transaction could apply it twice, so the caller hears "unknown".
                    throw OutcomeUnknown(previous, ex);
                }
                catch (FirestoreAlreadyExistsException ex) when (attempt.PreviousFailure is not null && transaction is null
                    && writes is [{ Kind: WriteKind.Create, Transforms: [] } create])
                {
                    var stored = await OwnCreateAsync(create.Collection, create.Id, create.Fields, attempt, ex, token);
                    return new CommitResult(stored.UpdateTime!.Value, [stored.UpdateTime]);
                }
                catch (FirestoreException ex) when (attempt.PreviousFailure is { } previous && transaction is null && RepeatSafety.IsPreconditionRefusal(ex))
                {
                    throw OutcomeUnknown(previous, ex);
                }
            },
            ct);
    }

    // The emulator answers a commit of no writes (a transaction whose body only read) without a commit
    // time; nothing was written, so the time of the answer stands in for it.
    private DateTimeOffset CommitTimeOfNothing(IReadOnlyList<Write> writes) => writes.Count == 0
        ? _timeProvider.GetUtcNow()
        : throw new FirestoreMappingException("Firestore answered a commit without its commit time.");

    internal async Task<ByteString> BeginTransactionAsync(V1.TransactionOptions options, CancellationToken ct)
    {
        var request = new V1.BeginTransactionRequest { Database = _names.Database, Options = options };
        var response = await CallAsync(RetryPolicy.BeginTransaction, (client, callOptions) => client.BeginTransactionAsync(request, callOptions).ResponseAsync, ct);
        return response.Transaction;
    }

    // Releases the transaction's locks now rather than at their expiry. Not bound to the caller's
    // token, which may be what failed the transaction; one RequestTimeout bounds all its attempts.
    private async Task RollbackQuietlyAsync(ByteString? transaction)
    {
        if (transaction is null)
        {
            return;
        }

        try
        {
            var request = new V1.RollbackRequest { Database = _names.Database, Transaction = transaction };
            await _retrier.RunAsync(
                RetryPolicy.Rollback,
                _retrier.DefaultBudget with { Timeout = _options.RequestTimeout },
                (_, token) => _rpc.InvokeAsync(RetryPolicy.Rollback.Method, (client, options) => client.RollbackAsync(request, options).ResponseAsync, token),
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
