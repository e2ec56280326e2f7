using LeagueApp.Manifests.Tests.Infrastructure;

namespace LeagueApp.Manifests.Tests;

[Collection(ManifestsCollection.Name)]
public sealed class RegenerationTests(ManifestsFixture fixture)
{
    [Fact]
    public void Regenerating_from_the_model_gives_the_committed_files_byte_for_byte()
    {
        var generated = Files(fixture.GeneratedDirectory);
        var committed = Files(Repository.Manifests);

        Assert.NotEmpty(generated);
        Assert.Equal(committed.Keys.Order(StringComparer.Ordinal), generated.Keys.Order(StringComparer.Ordinal));
        var stale = generated.Keys.Where(path => !committed[path].AsSpan().SequenceEqual(generated[path])).Order(StringComparer.Ordinal).ToList();
        Assert.True(stale.Count == 0,
            $"aspirate-output is stale in {string.Join(", ", stale)}: regenerate it as docs/deployment.md says and commit the result.");
    }

    [Fact]
    public void No_generated_file_holds_the_value_of_the_secret_parameter()
    {
        var leaks = Files(fixture.GeneratedDirectory)
            .Where(file => System.Text.Encoding.UTF8.GetString(file.Value).Contains(ManifestsFixture.SecretCanary, StringComparison.Ordinal))
            .Select(file => file.Key)
            .ToList();

        Assert.Empty(leaks);
    }

    private static Dictionary<string, byte[]> Files(string root) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .ToDictionary(path => Path.GetRelativePath(root, path).Replace('\\', '/'), File.ReadAllBytes);
}
