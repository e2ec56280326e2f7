using LeagueApp.Transfer;

namespace LeagueApp.Tests;

// The transfer service's turns per club, as plain logic: who waits for whom.
public sealed class ClubTurnsTests : IDisposable
{
    private static readonly TimeSpan Long = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan Short = TimeSpan.FromMilliseconds(200);

    private readonly ClubTurns _turns = new();

    public void Dispose() => _turns.Dispose();

    [Fact]
    public async Task A_transfer_that_shares_a_club_waits_until_the_first_gives_its_turns_back()
    {
        var first = await TakeAsync("Chelsea", "Liverpool", Long);

        Assert.Null(await TakeAsync("Liverpool", "Arsenal", Short));

        first!.Dispose();
        using var second = await TakeAsync("Liverpool", "Arsenal", Long);
        Assert.NotNull(second);
    }

    [Fact]
    public async Task Transfers_between_other_clubs_go_on_beside_it()
    {
        using var first = await TakeAsync("Chelsea", "Liverpool", Long);

        // Clubs share a turn when their names hash alike; these four do not (turns 46, 13, 33 and 10).
        using var other = await TakeAsync("Arsenal", "Fulham", Short);

        Assert.NotNull(first);
        Assert.NotNull(other);
    }

    [Fact]
    public async Task Transfers_in_opposite_directions_between_two_clubs_never_hold_one_turn_each()
    {
        // Both orders, many times at once: taken in a fixed order, each finishes; else they would deadlock.
        var transfers = Enumerable.Range(0, 200).Select(async i =>
        {
            using var turns = await TakeAsync(i % 2 == 0 ? "Chelsea" : "Liverpool", i % 2 == 0 ? "Liverpool" : "Chelsea", Long);
            Assert.NotNull(turns);
            await Task.Yield();
        });

        await Task.WhenAll(transfers).WaitAsync(Long);
    }

    [Fact]
    public async Task A_transfer_that_gives_up_waiting_keeps_no_turn()
    {
        // Fulham's turn (10) comes before Arsenal's (33): the second transfer takes it, then waits for Arsenal.
        var first = await TakeAsync("Arsenal", "Arsenal", Long);
        Assert.Null(await TakeAsync("Fulham", "Arsenal", Short));

        // Had the give-up kept Fulham's turn, this would wait in vain.
        using var fulham = await TakeAsync("Fulham", "Liverpool", Short);
        Assert.NotNull(fulham);
        first!.Dispose();
    }

    private async Task<IDisposable?> TakeAsync(string club, string otherClub, TimeSpan wait)
    {
        using var limit = new CancellationTokenSource(wait);
        return await _turns.TakeAsync(club, otherClub, limit.Token);
    }
}
