namespace LeagueApp.Firestore.Tests;

public sealed class FieldPathTests
{
    [Fact]
    public void A_dotted_string_names_nested_fields_and_segments_are_taken_whole()
    {
        FieldPath dotted = "stats.goals";

        Assert.Equal(new FieldPath("stats", "goals"), dotted);
        Assert.NotEqual(new FieldPath("stats.goals"), dotted);
    }

    [Fact]
    public void Segments_that_are_not_identifiers_are_sent_quoted()
    {
        Assert.Equal("stats._home.`short.name`.`1st`.`it\\`s`", new FieldPath("stats", "_home", "short.name", "1st", "it`s").ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("a..b")]
    [InlineData(".a")]
    [InlineData("a~b")]
    [InlineData("a[0]")]
    public void Invalid_dotted_paths_are_refused(string path)
    {
        Assert.ThrowsAny<ArgumentException>(() => FieldPath.Parse(path));
    }

    [Fact]
    public void Paths_order_by_segment_with_a_parent_just_before_its_children()
    {
        FieldPath[] paths = ["a0", "b", "a.b", "a"];

        Assert.Equal(["a", "a.b", "a0", "b"], paths.Order(FieldPath.Ordering).Select(path => path.ToString()));
    }

    [Fact]
    public void An_increment_addresses_a_nested_field()
    {
        var write = Write.Increment("Teams", "arsenal", "stats.goals", 1);

        Assert.Equal(new FieldPath("stats", "goals"), Assert.Single(write.Transforms).Field);
    }
}
