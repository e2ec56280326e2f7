namespace LeagueApp.Contracts;

// One problem of an import file: its 1-based line, the column by name, and what is wrong.
public sealed record ImportError(int Row, string Column, string Message);
