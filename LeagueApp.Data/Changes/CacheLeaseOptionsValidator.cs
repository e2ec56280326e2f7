using LeagueApp.Timeouts;
using Microsoft.Extensions.Options;

namespace LeagueApp.Data.Changes;

// A write's answer waits up to the leases' LongestWriteWait, inside the time the budget gives it.
internal sealed class CacheLeaseOptionsValidator(IOptions<TimeoutBudget> budget) : IValidateOptions<CacheLeaseOptions>
{
    public ValidateOptionsResult Validate(string? name, CacheLeaseOptions options)
    {
        if (options.Problem() is { } problem)
        {
            return ValidateOptionsResult.Fail(problem);
        }

        var visibility = budget.Value.WriteVisibility;
        return options.LongestWriteWait > visibility
            ? ValidateOptionsResult.Fail(
                $"CacheLeases: a write may wait {options.LongestWriteWait.TotalSeconds:0.###} s (PeerTimeout + Duration + ClockMargin + 2 x Renewal) for the caches, " +
                $"more than {TimeoutBudget.SectionName}:{nameof(TimeoutBudget.WriteVisibility)} ({visibility.TotalSeconds:0.###} s) allows.")
            : ValidateOptionsResult.Success;
    }
}
