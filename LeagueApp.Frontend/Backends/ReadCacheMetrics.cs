using System.Diagnostics.Metrics;

namespace LeagueApp.Frontend.Backends;

// How often a read of stats' answers is served from this frontend's cache: lookups and misses
// (hits are the difference), so the cost on the hot path is one counter increment.
public sealed class ReadCacheMetrics
{
    public const string MeterName = "LeagueApp.Frontend";

    private readonly Counter<long> _lookups;
    private readonly Counter<long> _misses;
    private readonly Counter<long> _slowStreams;
    private readonly Histogram<double> _writeWaits;

    public ReadCacheMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        _lookups = meter.CreateCounter<long>("leagueapp.cache.lookups", "{lookup}", "Reads of stats' answers that asked the frontend's cache.");
        _misses = meter.CreateCounter<long>("leagueapp.cache.misses", "{lookup}", "Lookups that the cache could not answer, so stats was called.");
        _slowStreams = meter.CreateCounter<long>(
            "leagueapp.cache.slow_streams", "{write}", "Writes answered before every frontend was known to have seen their commit (CacheLeases: the write wait limit).");
        _writeWaits = meter.CreateHistogram<double>(
            "leagueapp.cache.write_wait", "s", "How long a write's answer waited, after its commit, until no frontend could answer from before it: the price of fresh reads on the write path.");
    }

    public void Lookup() => _lookups.Add(1);

    public void Miss() => _misses.Add(1);

    public void SlowChangeStream() => _slowStreams.Add(1);

    /// <param name="told">True when every other frontend was told directly; false when the write waited for their leases.</param>
    public void WriteWaited(TimeSpan wait, bool told) =>
        _writeWaits.Record(wait.TotalSeconds, new KeyValuePair<string, object?>("leagueapp.cache.reached_by", told ? "word" : "lease"));
}
