namespace LeagueApp.Contracts;

// What an import did: every valid row is either created, updated or already as in the file.
public sealed record ImportSummary(int Rows, int Created, int Updated, int Unchanged);
