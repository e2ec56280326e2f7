using LeagueApp.Domain;

namespace LeagueApp.Domain.Tests;

public class TeamStandingValidatorTests
{
    // Chelsea's 2018/19 row: 21 * 3 + 9 = 72 points, 63 - 39 = 24 goal difference.
    private static readonly TeamStanding Chelsea = new("Chelsea", 38, 21, 9, 8, 63, 39, 24, 72, 200);

    [Fact]
    public void A_real_standing_is_valid()
    {
        Assert.Empty(TeamStandingValidator.Validate(Chelsea));
    }

    [Fact]
    public void A_negative_goal_difference_and_an_empty_season_are_valid()
    {
        Assert.Empty(TeamStandingValidator.Validate(new TeamStanding("Huddersfield Town", 38, 3, 7, 28, 22, 76, -54, 16, 0)));
        Assert.Empty(TeamStandingValidator.Validate(new TeamStanding("New Town", 0, 0, 0, 0, 0, 0, 0, 0, 0)));
    }

    [Fact]
    public void An_invalid_name_is_reported_under_name()
    {
        var error = Assert.Single(TeamStandingValidator.Validate(Chelsea with { Name = "Chelsea_FC" }));

        Assert.Equal("name", error.Field);
    }

    [Fact]
    public void Capital_must_be_between_zero_and_a_million()
    {
        Assert.Empty(TeamStandingValidator.Validate(Chelsea with { Capital = 1_000_000 }));
        Assert.Equal(
            new ValidationError("capital", "The value of capital must be between 0 and 1000000, but was -1."),
            Assert.Single(TeamStandingValidator.Validate(Chelsea with { Capital = -1 })));
        Assert.Equal(
            "capital",
            Assert.Single(TeamStandingValidator.Validate(Chelsea with { Capital = 1_000_001 })).Field);
    }

    [Fact]
    public void Goals_must_be_between_zero_and_the_statistic_limit()
    {
        // Changing goals alone also breaks the goal difference, so both figures move together here.
        Assert.Equal(
            new ValidationError("goalsFor", "The value of goalsFor must be between 0 and 100000, but was 100001."),
            Assert.Single(TeamStandingValidator.Validate(Chelsea with { GoalsFor = 100_001, GoalDifference = 100_001 - 39 })));
        Assert.Equal(
            "goalsAgainst",
            Assert.Single(TeamStandingValidator.Validate(Chelsea with { GoalsAgainst = -1, GoalDifference = 64 })).Field);
    }

    [Fact]
    public void Results_must_not_be_negative()
    {
        // 3 * 22 + (-1) = 65 points from 22 + (-1) + 17 = 38 games: only the negative draw is wrong.
        var standing = Chelsea with { Won = 22, Drawn = -1, Lost = 17, Points = 65 };

        Assert.Equal(
            new ValidationError("drawn", "The value of drawn must be between 0 and 60, but was -1."),
            Assert.Single(TeamStandingValidator.Validate(standing)));
    }

    [Fact]
    public void At_most_sixty_games_can_be_played()
    {
        var standing = new TeamStanding("Chelsea", 61, 61, 0, 0, 100, 0, 100, 183, 200);

        Assert.Equal(["played", "won", "points"], TeamStandingValidator.Validate(standing).Select(e => e.Field));
    }

    [Fact]
    public void Lost_is_range_checked_too()
    {
        var standing = new TeamStanding("Chelsea", 0, 61, 0, -61, 0, 0, 0, 183, 200);

        Assert.Equal(["won", "lost", "points"], TeamStandingValidator.Validate(standing).Select(e => e.Field));
    }

    [Fact]
    public void Played_must_equal_won_drawn_and_lost()
    {
        var error = Assert.Single(TeamStandingValidator.Validate(Chelsea with { Played = 37 }));

        Assert.Equal(new ValidationError("played", "The value of played must equal won + drawn + lost (38), but was 37."), error);
    }

    [Fact]
    public void Goal_difference_must_equal_goals_for_minus_goals_against()
    {
        var error = Assert.Single(TeamStandingValidator.Validate(Chelsea with { GoalDifference = -24 }));

        Assert.Equal(
            new ValidationError("goalDifference", "The value of goalDifference must equal goalsFor - goalsAgainst (24), but was -24."),
            error);
    }

    [Fact]
    public void Points_must_equal_three_per_win_plus_one_per_draw()
    {
        var error = Assert.Single(TeamStandingValidator.Validate(Chelsea with { Points = 71 }));

        Assert.Equal(new ValidationError("points", "The value of points must equal 3 * won + drawn (72), but was 71."), error);
    }

    [Fact]
    public void Sums_that_overflow_int_do_not_match_by_accident()
    {
        // In int arithmetic int.MaxValue + 1 wraps to int.MinValue, which would equal Played.
        var standing = new TeamStanding("Chelsea", int.MinValue, int.MaxValue, 1, 0, 0, 0, 0, 0, 0);

        Assert.Contains(
            new ValidationError("played", $"The value of played must equal won + drawn + lost (2147483648), but was {int.MinValue}."),
            TeamStandingValidator.Validate(standing));
    }
}
