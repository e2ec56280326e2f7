namespace LeagueApp.Data.Changes;

/// <summary>A batch of league documents committed together, as the change stream reported it.</summary>
/// <param name="Version">This instance's count of changes seen so far; it only grows.</param>
/// <param name="ReadTime">Firestore's time at which the batch was consistent: every commit up to it is reflected.</param>
/// <param name="Teams">How many team documents changed.</param>
/// <param name="Players">How many player documents changed.</param>
public sealed record LeagueChange(long Version, DateTimeOffset ReadTime, int Teams, int Players);
