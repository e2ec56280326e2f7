namespace LeagueApp.Tests;

// An AppHost of its own for tests that stop services, pause the database or exhaust the rate limit,
// so a failure there cannot spill into the other tests. Its edge has the real, tight limits.
public sealed class FaultsFixture : LeagueAppFixture
{
    protected override IReadOnlyDictionary<string, string> FrontendSettings { get; } = new Dictionary<string, string>
    {
        ["Edge__BurstLimit"] = "100",
        ["Edge__RequestsPerSecond"] = "50",
        ["Edge__MaxEventStreamsPerClient"] = "2",
    };
}

[CollectionDefinition(Name)]
public sealed class FaultsCollection : ICollectionFixture<FaultsFixture>
{
    public const string Name = "League App under faults";
}
