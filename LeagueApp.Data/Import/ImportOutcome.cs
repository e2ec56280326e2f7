using LeagueApp.Contracts;

namespace LeagueApp.Data.Import;

/// <param name="Summary">The counts; null when the rows were refused (see <paramref name="Errors"/>) and nothing was written.</param>
/// <param name="LastCommit">When the import's last batch was committed; null when nothing needed writing.</param>
public sealed record ImportOutcome(ImportSummary? Summary, IReadOnlyList<ImportError> Errors, DateTimeOffset? LastCommit);
