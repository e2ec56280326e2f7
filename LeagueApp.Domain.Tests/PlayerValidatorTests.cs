using LeagueApp.Domain;

namespace LeagueApp.Domain.Tests;

public class PlayerValidatorTests
{
    private static readonly Player Salah =
        new("Mohamed Salah", "Liverpool", "Egypt", Position.Forward, 38, 22, 8, 1079, 5, 21, 25, 135);

    private static Player WithFigure(string field, int value) => field switch
    {
        "appearances" => Salah with { Appearances = value },
        "goals" => Salah with { Goals = value },
        "assists" => Salah with { Assists = value },
        "passes" => Salah with { Passes = value },
        "interceptions" => Salah with { Interceptions = value },
        "tackles" => Salah with { Tackles = value },
        "fouls" => Salah with { Fouls = value },
        "price" => Salah with { Price = value },
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "No such figure."),
    };

    [Fact]
    public void A_real_player_is_valid()
    {
        Assert.Empty(PlayerValidator.Validate(Salah));
    }

    [Theory]
    [InlineData("appearances", 0)]
    [InlineData("appearances", 60)]
    [InlineData("goals", 100_000)]
    [InlineData("assists", 100_000)]
    [InlineData("passes", 100_000)]
    [InlineData("interceptions", 100_000)]
    [InlineData("tackles", 100_000)]
    [InlineData("fouls", 100_000)]
    [InlineData("price", 0)]
    [InlineData("price", 10_000)]
    public void Figures_at_their_bounds_pass(string field, int value)
    {
        Assert.Empty(PlayerValidator.Validate(WithFigure(field, value)));
    }

    [Theory]
    [InlineData("appearances", -1, 60)]
    [InlineData("appearances", 61, 60)]
    [InlineData("goals", -1, 100_000)]
    [InlineData("goals", 100_001, 100_000)]
    [InlineData("assists", -1, 100_000)]
    [InlineData("assists", 100_001, 100_000)]
    [InlineData("passes", -1, 100_000)]
    [InlineData("passes", int.MaxValue, 100_000)]
    [InlineData("interceptions", -1, 100_000)]
    [InlineData("interceptions", 100_001, 100_000)]
    [InlineData("tackles", int.MinValue, 100_000)]
    [InlineData("tackles", 100_001, 100_000)]
    [InlineData("fouls", -1, 100_000)]
    [InlineData("fouls", 100_001, 100_000)]
    [InlineData("price", -1, 10_000)]
    [InlineData("price", 10_001, 10_000)]
    public void Figures_out_of_range_are_refused(string field, int value, int max)
    {
        var error = Assert.Single(PlayerValidator.Validate(WithFigure(field, value)));

        Assert.Equal(
            new ValidationError(field, $"The value of {field} must be between 0 and {max}, but was {value}."),
            error);
    }

    [Fact]
    public void An_undefined_position_is_refused()
    {
        var error = Assert.Single(PlayerValidator.Validate(Salah with { Position = (Position)3 }));

        Assert.Equal(new ValidationError("position", "Position must be one of Defender, Midfielder or Forward."), error);
    }

    [Fact]
    public void Names_are_checked_under_their_own_fields()
    {
        var player = Salah with { Name = "Mohamed_Salah", Team = "", Nationality = " Egypt" };

        Assert.Equal(["name", "team", "nationality"], PlayerValidator.Validate(player).Select(e => e.Field));
    }

    [Fact]
    public void Every_broken_rule_is_reported_at_once()
    {
        var player = Salah with { Name = "", Appearances = 99, Price = -5 };

        Assert.Equal(["name", "appearances", "price"], PlayerValidator.Validate(player).Select(e => e.Field));
    }
}
