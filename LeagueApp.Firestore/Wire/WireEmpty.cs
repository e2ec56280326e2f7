namespace LeagueApp.Firestore.Wire;

/// <summary>For answers whose content does not matter (delete, rollback, health probe).</summary>
internal sealed record WireEmpty;
