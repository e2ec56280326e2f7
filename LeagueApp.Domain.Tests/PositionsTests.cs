using LeagueApp.Domain;

namespace LeagueApp.Domain.Tests;

public class PositionsTests
{
    [Theory]
    [InlineData("Defender", Position.Defender)]
    [InlineData("midfielder", Position.Midfielder)]
    [InlineData("FORWARD", Position.Forward)]
    [InlineData("fOrWaRd", Position.Forward)]
    public void TryParse_accepts_exact_names_in_any_case(string text, Position expected)
    {
        Assert.True(Positions.TryParse(text, out var position));
        Assert.Equal(expected, position);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("0")]
    [InlineData("1")]
    [InlineData("3")]
    [InlineData(" Forward")]
    [InlineData("Forward ")]
    [InlineData("Defender,Midfielder")]
    [InlineData("Forwards")]
    [InlineData("Goalkeeper")]
    public void TryParse_refuses_numbers_lists_padding_and_unknown_names(string? text)
    {
        Assert.False(Positions.TryParse(text, out _));
    }

    [Fact]
    public void All_lists_defender_midfielder_forward_in_that_order()
    {
        Assert.Equal([Position.Defender, Position.Midfielder, Position.Forward], Positions.All);
    }
}
