using LeagueApp.Domain;
using LeagueApp.PlayerOps.Import;

namespace LeagueApp.PlayerOps.Tests;

public sealed class PlayersCsvTests
{
    private const string Salah = "Liverpool,Mohamed Salah,Egypt,Forward,38,22,8,1079,5,21,25,135";

    [Fact]
    public void Reads_a_row_of_the_original_format()
    {
        var (players, errors) = PlayersCsv.Parse(Salah + "\n");

        Assert.Empty(errors);
        var row = Assert.Single(players);
        Assert.Equal(1, row.Line);
        Assert.Equal(new Player("Mohamed Salah", "Liverpool", "Egypt", Position.Forward, 38, 22, 8, 1079, 5, 21, 25, 135), row.Value);
    }

    [Fact]
    public void Lines_are_counted_from_one_and_blank_lines_are_skipped()
    {
        var (players, errors) = PlayersCsv.Parse($"{Salah}\n\n{Salah.Replace("Mohamed Salah", "Sadio Mane", StringComparison.Ordinal)}\n");

        Assert.Empty(errors);
        Assert.Equal([1, 3], players.Select(p => p.Line));
    }

    [Fact]
    public void Quoted_cells_are_unquoted()
    {
        var (players, errors) = PlayersCsv.Parse("\"Liverpool\",\"Mohamed Salah\",Egypt,Forward,38,22,8,1079,5,21,25,135");

        Assert.Empty(errors);
        Assert.Equal("Mohamed Salah", players[0].Value.Name);
    }

    [Theory]
    [InlineData("Liverpool,Mohamed Salah,Egypt,Forward,38,22,8,1079,5,21,25", 1, "*")]
    [InlineData("Liverpool,Mohamed Salah,Egypt,Forward,38,22,8,1079,5,21,25,135,1", 1, "*")]
    [InlineData("Liverpool,Mohamed Salah,Egypt,Striker,38,22,8,1079,5,21,25,135", 1, "Position")]
    [InlineData("Liverpool,Mohamed Salah,Egypt,Forward,lots,22,8,1079,5,21,25,135", 1, "Appearances")]
    [InlineData("Liverpool,Mohamed Salah,Egypt,Forward,38,22,8,1079,5,21,25,1.5", 1, "Price")]
    [InlineData("Liverpool,Mohamed Salah,Egypt,Forward,38,-1,8,1079,5,21,25,135", 1, "Goals")]
    [InlineData("Liverpool,Mohamed Salah,Egypt,Forward,38,22,8,1079,5,21,25,99999999", 1, "Price")]
    [InlineData("Liverpool,Mohamed_Salah,Egypt,Forward,38,22,8,1079,5,21,25,135", 1, "Player")]
    [InlineData("Liver/pool,Mohamed Salah,Egypt,Forward,38,22,8,1079,5,21,25,135", 1, "Team")]
    public void Names_the_line_and_column_of_each_error(string csv, int line, string column)
    {
        var (_, errors) = PlayersCsv.Parse(csv);

        Assert.Contains(errors, e => e.Row == line && e.Column == column);
    }

    [Fact]
    public void Reports_every_bad_row_not_just_the_first()
    {
        var (_, errors) = PlayersCsv.Parse($"{Salah}\nLiverpool,A B,Egypt,Forward,x,1,1,1,1,1,1,1\nLiverpool,C D,Egypt,Keeper,1,1,1,1,1,1,1,1\n{Salah}");

        Assert.Equal([2, 3, 4], errors.Select(e => e.Row).Order());
        Assert.Contains(errors, e => e.Row == 4 && e.Column == "Player" && e.Message.Contains("line 1", StringComparison.Ordinal));
    }
}
