using System.Diagnostics.Metrics;
using LeagueApp.Data.Transfers;

namespace LeagueApp.Transfer;

// Transfers by outcome (done, refused, busy, ...): what a dashboard shows beside the request rates.
public sealed class TransferMetrics
{
    public const string MeterName = "LeagueApp.Transfer";

    private readonly Counter<long> _transfers;

    public TransferMetrics(IMeterFactory meters) =>
        _transfers = meters.Create(MeterName).CreateCounter<long>("leagueapp.transfers", "{transfer}", "Transfer requests by outcome.");

    public void Record(TransferOutcome outcome) =>
        _transfers.Add(1, new KeyValuePair<string, object?>("leagueapp.transfer.outcome", outcome.GetType().Name.ToLowerInvariant()));
}
