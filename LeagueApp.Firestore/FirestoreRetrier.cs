using Microsoft.Extensions.Logging;

namespace LeagueApp.Firestore;

/// <summary>
/// Runs one call with retries: a failure whose status its <see cref="RetryPolicy"/> names is tried
/// again after a <see cref="Backoff"/> delay, within a bounded number of attempts and one deadline for
/// them all. The caller's cancellation stays an <see cref="OperationCanceledException"/>.
/// </summary>
internal sealed partial class FirestoreRetrier(FirestoreOptions options, TimeProvider timeProvider, ILogger logger)
{
    private readonly Backoff _backoff = new(options.InitialBackoff, options.MaxBackoff, options.BackoffMultiplier);

    public RetryBudget DefaultBudget { get; } = new(options.OperationTimeout, options.MaxAttempts);

    public Task<T> RunAsync<T>(RetryPolicy policy, Func<CancellationToken, Task<T>> call, CancellationToken ct) =>
        RunAsync(policy, DefaultBudget, (_, token) => call(token), ct);

    public Task<T> RunAsync<T>(RetryPolicy policy, Func<RetryAttempt, CancellationToken, Task<T>> call, CancellationToken ct) =>
        RunAsync(policy, DefaultBudget, call, ct);

    public async Task<T> RunAsync<T>(RetryPolicy policy, RetryBudget budget, Func<RetryAttempt, CancellationToken, Task<T>> call, CancellationToken ct)
    {
        using var deadline = new CancellationTokenSource(budget.Timeout, timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct, deadline.Token);
        var attempt = new RetryAttempt(1, PreviousFailure: null, timeProvider.GetUtcNow());
        var giveUpAt = attempt.FirstStarted + budget.Timeout;
        try
        {
            while (true)
            {
                try
                {
                    return await call(attempt, linked.Token);
                }
                catch (FirestoreException ex) when (policy.Retries(ex) && attempt.Number < budget.MaxAttempts)
                {
                    var delay = _backoff.Delay(attempt.Number);
                    if (timeProvider.GetUtcNow() + delay >= giveUpAt)
                    {
                        throw;
                    }

                    FirestoreTelemetry.RecordRetry(policy.Method, ex.Status, attempt.Number, delay);
                    LogRetry(policy.Method, ex.Status, attempt.Number, budget.MaxAttempts, delay.TotalMilliseconds);
                    await Task.Delay(delay, timeProvider, linked.Token);
                    attempt = attempt with { Number = attempt.Number + 1, PreviousFailure = ex };
                }
            }
        }
        catch (OperationCanceledException ex) when (deadline.IsCancellationRequested && !ct.IsCancellationRequested)
        {
            var last = attempt.PreviousFailure is { } failure ? $" after {attempt.Number} attempts; the last but one failed with {failure.Status}" : "";
            throw new FirestoreUnavailableException(
                $"Firestore {policy.Method} did not succeed within {budget.Timeout.TotalSeconds:0.###} s{last}.",
                statusCode: null,
                FirestoreStatus.DeadlineExceeded,
                ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Firestore {Method} failed with {Status} (attempt {Attempt} of {MaxAttempts}); retrying in {DelayMs:0} ms")]
    private partial void LogRetry(string method, string status, int attempt, int maxAttempts, double delayMs);
}
