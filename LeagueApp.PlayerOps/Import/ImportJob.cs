using LeagueApp.Contracts;
using LeagueApp.Data.Import;

namespace LeagueApp.PlayerOps.Import;

/// <param name="Status">The status it started with.</param>
/// <param name="Completion">Ends when the import does, with its outcome or its failure.</param>
public sealed record ImportJob(ImportStatus Status, Task<ImportOutcome> Completion);
