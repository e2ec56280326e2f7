using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;

namespace LeagueApp.TestSupport;

// The last lines each resource logged while the app started, for the failure message of a start
// that went wrong: what a developer would otherwise look up in the dashboard.
internal sealed partial class ResourceLogTail(DistributedApplication app) : IDisposable
{
    private const int Lines = 15;

    private readonly ResourceLoggerService _logs = app.Services.GetRequiredService<ResourceLoggerService>();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<string>> _tails = new();
    private readonly ConcurrentDictionary<string, bool> _followed = new();
    private readonly CancellationTokenSource _stop = new();

    /// <summary>Follows the log of one instance (its id is known once the orchestrator created it), from its first line.</summary>
    public void Follow(string resourceName, string resourceId)
    {
        if (_followed.TryAdd(resourceId, true))
        {
            _ = FollowAsync(_tails.GetOrAdd(resourceName, _ => new ConcurrentQueue<string>()), resourceId, _stop.Token);
        }
    }

    /// <summary>The last lines of <paramref name="resourceName"/>, oldest first.</summary>
    public IReadOnlyList<string> Last(string resourceName) =>
        _tails.TryGetValue(resourceName, out var tail) ? [.. tail] : [];

    /// <summary>A stopped process's last lines may arrive just after its state: waits a moment for them.</summary>
    public async Task WaitForLinesAsync(string resourceName, CancellationToken ct)
    {
        for (var waited = 0; waited < 20 && Last(resourceName).Count == 0 && !ct.IsCancellationRequested; waited++)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(100), CancellationToken.None);
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        _stop.Dispose();
    }

    // The console logger colours its level names; in a test failure the codes are noise.
    [GeneratedRegex(@"\x1b\[[0-9;]*m")]
    private static partial Regex ColorCodes();

    // A crash logs its exception's message first, then dozens of frames (after the orchestrator's time
    // stamp, if any); the tail keeps the message.
    [GeneratedRegex(@"^(\S+Z )?(\s+at |\s*--- End of)")]
    private static partial Regex StackFrame();

    private async Task FollowAsync(ConcurrentQueue<string> tail, string resourceId, CancellationToken ct)
    {
        try
        {
            await foreach (var batch in _logs.WatchAsync(resourceId).WithCancellation(ct))
            {
                foreach (var line in batch.Where(line => !StackFrame().IsMatch(line.Content)))
                {
                    tail.Enqueue(ColorCodes().Replace(line.Content, ""));
                    while (tail.Count > Lines && tail.TryDequeue(out _))
                    {
                    }
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }
}
