namespace LeagueApp.Hosting.Kubernetes;

/// <summary>
/// How many pods of a workload run: a fixed number, which the Deployment holds, or a range that a
/// HorizontalPodAutoscaler keeps by CPU, which then owns the count. One setting, so that the
/// Deployment and the autoscaler can never disagree.
/// </summary>
public sealed record WorkloadReplicas
{
    private WorkloadReplicas(int min, int max, int? targetCpuUtilizationPercent)
    {
        Min = min;
        Max = max;
        TargetCpuUtilizationPercent = targetCpuUtilizationPercent;
    }

    /// <summary>The replicas at rest: the fixed count, or the autoscaler's minimum.</summary>
    public int Min { get; }

    /// <summary>The autoscaler's maximum; <see cref="Min"/> for a fixed count.</summary>
    public int Max { get; }

    /// <summary>The CPU use, in percent of the request, that the autoscaler aims at; none for a fixed count.</summary>
    public int? TargetCpuUtilizationPercent { get; }

    public bool IsAutoscaled => TargetCpuUtilizationPercent is not null;

    public static WorkloadReplicas Fixed(int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        return new WorkloadReplicas(count, count, null);
    }

    /// <summary>Between <paramref name="min"/> and <paramref name="max"/> pods, more when their CPU use exceeds the target.</summary>
    public static WorkloadReplicas Autoscaled(int min, int max, int targetCpuUtilizationPercent = 70)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(min, 1);
        // A range of one count is a fixed count: an autoscaler would have nothing to do.
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(max, min);
        ArgumentOutOfRangeException.ThrowIfLessThan(targetCpuUtilizationPercent, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(targetCpuUtilizationPercent, 100);
        return new WorkloadReplicas(min, max, targetCpuUtilizationPercent);
    }
}
