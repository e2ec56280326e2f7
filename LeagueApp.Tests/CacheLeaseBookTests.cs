using LeagueApp.Data.Changes;

namespace LeagueApp.Tests;

// The rule a write waits by (docs/api.md#fresh-reads), as plain logic: no Firestore, no clock.
public sealed class CacheLeaseBookTests
{
    private static readonly DateTimeOffset Commit = new(2026, 12, 2, 12, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Margin = TimeSpan.FromMilliseconds(500);

    private readonly CacheLeaseBook _book = new("self", Margin);

    [Fact]
    public void Others_that_have_seen_the_commit_let_the_write_go_whatever_this_instance_has_seen()
    {
        _book.Update([Lease("self", seen: -5), Lease("b", seen: 0), Lease("c", seen: 2)], []);

        Assert.True(_book.OthersHaveSeen(Commit, Commit.AddSeconds(3)));
    }

    [Fact]
    public void Another_instance_behind_the_commit_holds_the_write_while_its_lease_lasts()
    {
        _book.Update([Lease("b", seen: 0), Lease("c", seen: -1, until: 4)], []);

        Assert.False(_book.OthersHaveSeen(Commit, Commit.AddSeconds(3)));
    }

    [Theory]
    [InlineData(4.4, false)]
    [InlineData(4.5, false)]
    [InlineData(4.6, true)]
    public void A_lease_that_is_not_renewed_stops_holding_writes_a_clock_margin_after_it_ends(double readSeconds, bool released)
    {
        _book.Update([Lease("c", seen: -1, until: 4)], []);

        Assert.Equal(released, _book.OthersHaveSeen(Commit, Commit.AddSeconds(readSeconds)));
    }

    [Fact]
    public void An_instance_that_gave_its_lease_back_is_not_waited_for()
    {
        _book.Update([Lease("c", seen: -1, until: 4)], ["c"]);
        _book.Update([], ["c"]);

        Assert.True(_book.OthersHaveSeen(Commit, Commit));
    }

    [Fact]
    public void The_own_lease_counts_once_the_stream_has_carried_a_change_to_it_and_not_after_a_break()
    {
        _book.Update([Lease("self", seen: 0, until: 4)], ["b"]);
        Assert.Null(_book.OwnUntil);

        _book.Update([Lease("self", seen: 0, until: 4)], ["self"]);
        Assert.Equal(Commit.AddSeconds(4), _book.OwnUntil);

        _book.Forget();
        _book.Update([Lease("self", seen: 0, until: 4)], []);
        Assert.Null(_book.OwnUntil);

        _book.Update([], ["self"]);
        Assert.Null(_book.OwnUntil);
    }

    [Fact]
    public void A_write_tells_the_others_behind_its_commit_whose_lease_has_not_ended()
    {
        _book.Update(
        [
            Lease("self", seen: -1) with { Address = "http://self" },
            Lease("behind", seen: -1) with { Address = "http://behind" },
            Lease("ahead", seen: 0) with { Address = "http://ahead" },
            Lease("ended", seen: -9, until: -2) with { Address = "http://ended" },
        ], []);

        Assert.Equal(["http://behind"], _book.PeersToTell(Commit, Commit.AddSeconds(-0.1)));
    }

    [Fact]
    public void A_write_cannot_tell_an_instance_behind_it_without_an_address_so_it_must_wait()
    {
        _book.Update([Lease("b", seen: -1) with { Address = "http://b" }, Lease("c", seen: -1)], []);

        Assert.Null(_book.PeersToTell(Commit, Commit));
        Assert.False(_book.OthersHaveSeen(Commit, Commit));
    }

    [Fact]
    public void Leases_long_ended_are_abandoned_except_this_instances()
    {
        _book.Update([Lease("self", seen: 0, until: -600), Lease("gone", seen: 0, until: -600), Lease("recent", seen: 0, until: -10)], []);

        Assert.Equal(["gone"], _book.Abandoned(Commit, TimeSpan.FromMinutes(1)).Select(lease => lease.Instance));
    }

    [Fact]
    public void The_write_wait_outlasts_a_lease_that_is_not_renewed_and_a_renewal_that_shows_it()
    {
        var defaults = new CacheLeaseOptions();

        Assert.Null(defaults.Problem());
        Assert.True(defaults.WriteWaitLimit > defaults.Duration + defaults.ClockMargin + defaults.Renewal);
    }

    [Fact]
    public void A_renewal_slower_than_half_a_lease_is_refused_at_start()
    {
        var options = new CacheLeaseOptions { Duration = TimeSpan.FromSeconds(4), Renewal = TimeSpan.FromSeconds(3) };

        Assert.Contains("Renewal", options.Problem(), StringComparison.Ordinal);
    }

    private static CacheLease Lease(string instance, double seen, double until = 4) =>
        new(instance, Commit.AddSeconds(seen), Commit.AddSeconds(until));
}
