using Microsoft.Extensions.Hosting;

namespace LeagueApp.Tests;

// When a quiet service gives the memory of a past burst back.
public sealed class IdleMemoryReleaseTests
{
    private const long MB = 1024 * 1024;

    [Fact]
    public void A_quiet_process_that_keeps_far_more_than_after_its_last_release_releases_it() =>
        Assert.True(IdleMemoryRelease.ShouldRelease(allocated: 1 * MB, committed: 170 * MB, afterLastRelease: 30 * MB));

    [Fact]
    public void A_busy_process_keeps_its_memory_for_the_work_at_hand() =>
        Assert.False(IdleMemoryRelease.ShouldRelease(allocated: 200 * MB, committed: 170 * MB, afterLastRelease: 30 * MB));

    [Fact]
    public void A_small_process_is_left_alone() =>
        Assert.False(IdleMemoryRelease.ShouldRelease(allocated: 1 * MB, committed: 40 * MB, afterLastRelease: 0));

    [Fact]
    public void What_a_release_could_not_give_back_is_not_collected_for_again() =>
        Assert.False(IdleMemoryRelease.ShouldRelease(allocated: 1 * MB, committed: 90 * MB, afterLastRelease: 88 * MB));
}
