namespace LeagueApp.Data.Import;

// A parsed record with the line it came from, so later checks can still point at the file.
public sealed record ImportRow<T>(int Line, T Value);
