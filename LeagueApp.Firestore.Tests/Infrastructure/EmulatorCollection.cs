namespace LeagueApp.Firestore.Tests.Infrastructure;

/// <summary>Tests against the emulator share one process and run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class EmulatorCollection : ICollectionFixture<EmulatorFixture>
{
    public const string Name = "Firestore emulator";
}
