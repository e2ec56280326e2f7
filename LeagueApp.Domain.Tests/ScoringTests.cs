using LeagueApp.Domain;

namespace LeagueApp.Domain.Tests;

public class ScoringTests
{
    [Fact]
    public void Defender_scores_half_of_interceptions_plus_half_of_tackles()
    {
        // Cesar Azpilicueta: 43 * 50 / 100 = 21, 105 * 50 / 100 = 52.
        var player = TestPlayers.Create("Cesar Azpilicueta", Position.Defender, interceptions: 43, tackles: 105, goals: 9, passes: 2483);

        Assert.Equal(73, Scoring.Score(player));
    }

    [Fact]
    public void Forward_scores_seventy_percent_of_goals_plus_thirty_percent_of_assists()
    {
        // Mohamed Salah: 22 * 70 / 100 = 15, 8 * 30 / 100 = 2.
        var player = TestPlayers.Create("Mohamed Salah", Position.Forward, goals: 22, assists: 8, passes: 1079, tackles: 21);

        Assert.Equal(17, Scoring.Score(player));
    }

    [Fact]
    public void Midfielder_scores_seventy_percent_of_passes_plus_thirty_percent_of_assists()
    {
        // NGolo Kante: 2021 * 70 / 100 = 1414, 4 * 30 / 100 = 1.
        var player = TestPlayers.Create("NGolo Kante", Position.Midfielder, passes: 2021, assists: 4, goals: 4, tackles: 74);

        Assert.Equal(1415, Scoring.Score(player));
    }

    [Theory]
    [InlineData(Position.Defender)]
    [InlineData(Position.Forward)]
    public void Each_term_is_truncated_before_adding(Position position)
    {
        // Untruncated, 0.5 + 0.5 and 0.7 + 0.3 would both make 1.
        var player = TestPlayers.Create("Tom Small", position, goals: 1, assists: 1, interceptions: 1, tackles: 1);

        Assert.Equal(0, Scoring.Score(player));
    }

    [Theory]
    [InlineData(Position.Defender, 3)]
    [InlineData(Position.Midfielder, 2)]
    [InlineData(Position.Forward, 1)]
    public void MainStatistic_is_goals_passes_or_tackles_by_position(Position position, int expected)
    {
        var player = TestPlayers.Create("Tom Small", position, goals: 1, passes: 2, tackles: 3, assists: 4, interceptions: 5);

        Assert.Equal(expected, Scoring.MainStatistic(player));
    }

    [Fact]
    public void An_undefined_position_is_refused()
    {
        var player = TestPlayers.Create("Tom Small", (Position)7);

        Assert.Throws<ArgumentOutOfRangeException>(() => Scoring.Score(player));
        Assert.Throws<ArgumentOutOfRangeException>(() => Scoring.MainStatistic(player));
    }

    [Fact]
    public void Absurd_figures_overflow_loudly_instead_of_wrapping()
    {
        var player = TestPlayers.Create("Tom Small", Position.Midfielder, passes: int.MaxValue);

        Assert.Throws<OverflowException>(() => Scoring.Score(player));
    }
}
