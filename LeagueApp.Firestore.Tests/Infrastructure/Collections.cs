namespace LeagueApp.Firestore.Tests.Infrastructure;

internal static class Collections
{
    /// <summary>A collection no other test uses, so tests share the emulator without seeing each other's data.</summary>
    public static string Unique(string name) => $"{name}-{Guid.NewGuid():N}";
}
