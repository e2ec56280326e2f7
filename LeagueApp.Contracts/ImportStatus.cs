namespace LeagueApp.Contracts;

/// <summary>
/// Where an import stands (<c>GET /api/imports/{id}</c>). An import that outlasts its request is
/// answered 202 with its status and goes on in the background, writing exactly what it would have
/// written in the foreground.
/// </summary>
/// <param name="State">One of <see cref="ImportStates"/>.</param>
/// <param name="Rows">The file's rows.</param>
/// <param name="RowsDone">Rows written, or found already as the file says, so far.</param>
/// <param name="Summary">The counts, once completed.</param>
/// <param name="Detail">Why it did not complete, and what to do about it.</param>
public sealed record ImportStatus(
    string Id, string File, string State, int Rows, int RowsDone, ImportSummary? Summary, string? Detail, DateTimeOffset StartedAt, DateTimeOffset UpdatedAt);
