-- Shared by the wrk scripts of bench/run.sh: one machine-readable line per run, which run.sh parses.
-- wrk's own summary is printed too; this line only saves parsing its human format.
function report(summary, latency)
  local seconds = summary.duration / 1e6
  local e = summary.errors
  io.write(string.format(
    "BENCH requests=%d seconds=%.3f rps=%.1f p50_us=%d p99_us=%d http_errors=%d socket_errors=%d\n",
    summary.requests, seconds, summary.requests / seconds,
    latency:percentile(50), latency:percentile(99),
    e.status, e.connect + e.read + e.write + e.timeout))
end
