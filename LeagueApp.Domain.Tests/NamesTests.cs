using LeagueApp.Domain;

namespace LeagueApp.Domain.Tests;

public class NamesTests
{
    [Theory]
    [InlineData("Mohamed Salah")]
    [InlineData("NGolo Kante")]
    [InlineData("N'Golo Kanté")]
    [InlineData("Son Heung-Min")]
    [InlineData("Virgil van Dijk")]
    [InlineData("Jorginho")]
    [InlineData("J. Milner")]
    [InlineData("Martin Ødegaard")]
    [InlineData("Kante\u0301")]
    [InlineData("손흥민")]
    [InlineData("A")]
    public void Letters_spaces_apostrophes_hyphens_and_periods_pass(string name)
    {
        Assert.Empty(Names.ValidatePlayerName(name));
        Assert.Empty(Names.ValidateTeamName(name));
        Assert.Empty(Names.ValidateNationality(name));
    }

    [Fact]
    public void Sixty_four_characters_pass_and_sixty_five_do_not()
    {
        Assert.Empty(Names.ValidatePlayerName(new string('a', 64)));

        var error = Assert.Single(Names.ValidatePlayerName(new string('a', 65)));
        Assert.Equal(new ValidationError("name", "Player name must be at most 64 characters long, but has 65."), error);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void A_missing_name_is_required(string? name)
    {
        var error = Assert.Single(Names.ValidatePlayerName(name));

        Assert.Equal(new ValidationError("name", "Player name is required."), error);
    }

    [Theory]
    [InlineData(" ")]
    [InlineData(" Mohamed Salah")]
    [InlineData("Mohamed Salah ")]
    [InlineData("\tSalah")]
    [InlineData("Salah\n")]
    [InlineData("\u00A0Salah")]
    public void Surrounding_whitespace_is_refused_not_trimmed(string name)
    {
        var error = Assert.Single(Names.ValidatePlayerName(name));

        Assert.Equal("Player name must not start or end with whitespace.", error.Message);
    }

    [Theory]
    [InlineData("Liverpool/Salah", "'/' (U+002F)")]
    [InlineData("Mohamed_Salah", "'_' (U+005F)")]
    [InlineData("__name__", "'_' (U+005F)")]
    [InlineData("Salah\u0000", "the character U+0000")]
    [InlineData("Mo\tSalah", "the character U+0009")]
    [InlineData("Mo\u00A0Salah", "the character U+00A0")]
    [InlineData("Salah2", "'2' (U+0032)")]
    [InlineData("Brighton & Hove", "'&' (U+0026)")]
    [InlineData("Salah!", "'!' (U+0021)")]
    public void Other_characters_are_refused_and_named(string name, string described)
    {
        var error = Assert.Single(Names.ValidatePlayerName(name));

        Assert.Equal(
            $"Player name contains {described}, which is not allowed; use only letters, spaces, apostrophes ('), hyphens (-) and periods (.).",
            error.Message);
    }

    [Fact]
    public void Broken_utf16_is_refused()
    {
        var name = "Salah" + '\uD800';

        var error = Assert.Single(Names.ValidatePlayerName(name));

        Assert.StartsWith("Player name contains '\uFFFD' (U+FFFD), which is not allowed", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(".")]
    [InlineData("..")]
    [InlineData("-")]
    [InlineData("' .")]
    public void A_name_needs_at_least_one_letter(string name)
    {
        var error = Assert.Single(Names.ValidateTeamName(name));

        Assert.Equal(new ValidationError("team", "Team name must contain at least one letter."), error);
    }

    [Fact]
    public void Each_kind_of_name_has_its_default_field_and_label()
    {
        Assert.Equal(new ValidationError("name", "Player name is required."), Assert.Single(Names.ValidatePlayerName(null)));
        Assert.Equal(new ValidationError("team", "Team name is required."), Assert.Single(Names.ValidateTeamName(null)));
        Assert.Equal(new ValidationError("nationality", "Nationality is required."), Assert.Single(Names.ValidateNationality(null)));
    }

    [Fact]
    public void The_field_can_be_named_by_the_caller()
    {
        Assert.Equal("teamFrom", Assert.Single(Names.ValidateTeamName("A/B", "teamFrom")).Field);
        Assert.Equal("player", Assert.Single(Names.ValidatePlayerName("A/B", "player")).Field);
    }
}
