namespace Microsoft.Extensions.Hosting;

/// <summary>
/// Gives the memory of a past burst back once a service has gone quiet. After a large import, or a
/// change stream that brought thousands of documents, or a spell of heavy reads, the GC keeps the
/// memory it committed for them (many times the live heap), and an idle process runs no collection
/// that would return it: every replica of the service would hold it for good. So, every
/// <see cref="Interval"/>: if the process allocated almost nothing since the last look and the GC
/// keeps far more than after its last release, one compacting collection, which takes milliseconds
/// on a heap this small and returns what it frees to the system.
/// </summary>
public sealed class IdleMemoryRelease(TimeProvider time) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);

    // Health probes, lease renewals and telemetry allocate well under this in an interval.
    private const long IdleAllocation = 8 * 1024 * 1024;

    // What the GC may keep beyond what it kept after the last release before a collection is worth
    // it: about the young generation's usual budget. The live heap is not known without a
    // collection (the last one may have run in the middle of the burst).
    private const long Surplus = 48 * 1024 * 1024;

    /// <summary>True when a quiet process keeps enough more memory than after the last release to be worth a collection.</summary>
    /// <param name="allocated">Bytes allocated since the last look.</param>
    /// <param name="committed">What the GC has committed.</param>
    /// <param name="afterLastRelease">What the GC kept committed after the last release (0: none yet).</param>
    public static bool ShouldRelease(long allocated, long committed, long afterLastRelease) =>
        allocated < IdleAllocation && committed - afterLastRelease > Surplus;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        var allocated = GC.GetTotalAllocatedBytes();
        long afterLastRelease = 0;
        while (await NextTickAsync(timer, stoppingToken))
        {
            var info = GC.GetGCMemoryInfo();
            if (ShouldRelease(GC.GetTotalAllocatedBytes() - allocated, info.TotalCommittedBytes, afterLastRelease))
            {
                GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
                afterLastRelease = GC.GetGCMemoryInfo().TotalCommittedBytes;
            }

            allocated = GC.GetTotalAllocatedBytes();
        }
    }

    private static async Task<bool> NextTickAsync(PeriodicTimer timer, CancellationToken ct)
    {
        try
        {
            return await timer.WaitForNextTickAsync(ct);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
