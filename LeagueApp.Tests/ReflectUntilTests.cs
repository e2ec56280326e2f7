using LeagueApp.Frontend.Backends;

namespace LeagueApp.Tests;

// What a frontend names to stats as the commits a read must reflect.
public sealed class ReflectUntilTests
{
    private static readonly DateTimeOffset Change = new(2026, 12, 3, 20, 0, 0, TimeSpan.Zero);

    [Fact]
    public void An_instance_that_cannot_vouch_for_its_stream_names_nothing_and_stats_reads_afresh() =>
        Assert.Null(FreshReadCache.ReflectUntil(canVouch: false, Change, Change.AddSeconds(1)));

    [Fact]
    public void A_write_told_after_the_latest_change_the_stream_brought_is_named() =>
        Assert.Equal(Change.AddMilliseconds(3), FreshReadCache.ReflectUntil(canVouch: true, Change, Change.AddMilliseconds(3)));

    [Fact]
    public void A_change_the_stream_brought_after_the_latest_write_told_is_named() =>
        Assert.Equal(Change, FreshReadCache.ReflectUntil(canVouch: true, Change, Change.AddMilliseconds(-3)));

    [Fact]
    public void With_no_write_told_yet_the_latest_change_is_named() =>
        Assert.Equal(Change, FreshReadCache.ReflectUntil(canVouch: true, Change, told: null));
}
