// Measures, for a bounded number of commits made straight to playerops (no frontend involved), how
// long each frontend replica takes (a) to deliver the change on GET /api/events and (b) to answer
// GET /api/teams/{team}/players with it. The commits alternate: create a player, delete it, so the
// league is as before at the end. Times run from the commit's Commit-Time header (Firestore's clock;
// the emulator runs on this machine's clock), or from the write's answer when it has none.
// bench/run.sh sets everything through the environment and parses the BENCH lines it prints.
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;

var replicas = Setting("BENCH_REPLICAS").Split(' ', StringSplitOptions.RemoveEmptyEntries);
var writer = Setting("BENCH_WRITER").TrimEnd('/');
var apiKey = Setting("BENCH_API_KEY");
var team = Setting("BENCH_TEAM");
var prefix = Setting("BENCH_PREFIX");
var commits = int.Parse(Setting("BENCH_COMMITS"), CultureInfo.InvariantCulture);
var wait = TimeSpan.FromMilliseconds(int.Parse(Setting("BENCH_WAIT_MS"), CultureInfo.InvariantCulture));
var budget = Stopwatch.StartNew();
var maxDuration = TimeSpan.FromSeconds(int.Parse(Setting("BENCH_MAX_SECONDS"), CultureInfo.InvariantCulture));

using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
// The event streams outlive any single request's timeout: they end with the run.
using var streams = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
using var stop = new CancellationTokenSource(maxDuration + TimeSpan.FromSeconds(10));

var feeds = replicas.Select(replica => new EventFeed(streams, replica)).ToArray();
var readers = feeds.Select(feed => feed.RunAsync(stop.Token)).ToArray();
try
{
    await Task.WhenAll(feeds.Select(feed => feed.Connected)).WaitAsync(TimeSpan.FromSeconds(10));
}
catch (TimeoutException)
{
    Console.Error.WriteLine("not every replica's event stream answered within 10 s");
    return 1;
}

var eventDelays = replicas.Select(_ => new List<double>()).ToArray();
var cacheDelays = replicas.Select(_ => new List<double>()).ToArray();
var eventMissed = new int[replicas.Length];
var cacheMissed = new int[replicas.Length];
var writes = 0;
var withoutCommitTime = 0;
for (var i = 0; i < commits && budget.Elapsed < maxDuration; i++)
{
    var name = $"{prefix} {Letters(i / 2)}";
    var create = i % 2 == 0;
    var committed = await WriteAsync(name, create);
    if (committed is not { } commitTime)
    {
        continue;
    }

    writes++;
    var measured = replicas.Select(async (replica, r) =>
    {
        var eventTask = feeds[r].ArrivalOfAsync(commitTime, wait, stop.Token);
        var cacheTask = ReflectedAsync(replica, name, create);
        return (await eventTask, await cacheTask);
    }).ToArray();
    for (var r = 0; r < replicas.Length; r++)
    {
        var (arrival, reflected) = await measured[r];
        Record(eventDelays[r], ref eventMissed[r], arrival, commitTime);
        Record(cacheDelays[r], ref cacheMissed[r], reflected, commitTime);
    }
}

await stop.CancelAsync();
await Task.WhenAll(readers);
for (var r = 0; r < replicas.Length; r++)
{
    Report(replicas[r], "event", eventDelays[r], eventMissed[r], feeds[r].Reconnects);
    Report(replicas[r], "cache", cacheDelays[r], cacheMissed[r], feeds[r].Reconnects);
}

Console.WriteLine(FormattableString.Invariant($"BENCH kind=writes commits={writes} without_commit_time={withoutCommitTime} seconds={budget.Elapsed.TotalSeconds:F1}"));
return writes > 0 ? 0 : 1;

// The commit time of the write, or null if it failed.
async Task<DateTimeOffset?> WriteAsync(string name, bool create)
{
    var players = $"{writer}/teams/{Uri.EscapeDataString(team)}/players";
    using var request = create
        ? new HttpRequestMessage(HttpMethod.Post, players)
        {
            Content = new StringContent(
                $$"""{"name":{{JsonSerializer.Serialize(name)}},"team":{{JsonSerializer.Serialize(team)}},"nationality":"England","position":"Forward","appearances":1,"goals":0,"assists":0,"passes":0,"interceptions":0,"tackles":0,"fouls":0,"price":1}""",
                Encoding.UTF8,
                "application/json"),
        }
        : new HttpRequestMessage(HttpMethod.Delete, $"{players}/{Uri.EscapeDataString(name)}");
    request.Headers.Add("X-Api-Key", apiKey);
    try
    {
        using var response = await http.SendAsync(request);
        var answered = DateTimeOffset.UtcNow;
        if (!response.IsSuccessStatusCode)
        {
            Console.Error.WriteLine($"{request.Method} {name}: {(int)response.StatusCode}");
            return null;
        }

        if (response.Headers.TryGetValues("Commit-Time", out var values)
            && DateTimeOffset.TryParse(values.First(), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var commitTime))
        {
            return commitTime;
        }

        withoutCommitTime++;
        return answered;
    }
    catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
    {
        Console.Error.WriteLine($"{request.Method} {name}: {e.Message}");
        return null;
    }
}

// When the replica's players read first showed the write (its answer's arrival), or null within the wait.
async Task<DateTimeOffset?> ReflectedAsync(string replica, string name, bool created)
{
    var url = $"{replica}/api/teams/{Uri.EscapeDataString(team)}/players";
    var quoted = JsonSerializer.Serialize(name);
    var deadline = DateTimeOffset.UtcNow + wait;
    while (DateTimeOffset.UtcNow < deadline)
    {
        try
        {
            var body = await http.GetStringAsync(url);
            var now = DateTimeOffset.UtcNow;
            if (body.Contains(quoted, StringComparison.Ordinal) == created)
            {
                return now;
            }
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            // A failed read proves nothing either way: poll again until the deadline.
        }

        // A short pause: a tight loop on 2 cores would slow the very stream it waits for.
        await Task.Delay(1);
    }

    return null;
}

static void Record(List<double> delays, ref int missed, DateTimeOffset? at, DateTimeOffset commitTime)
{
    if (at is { } time)
    {
        delays.Add((time - commitTime).TotalMilliseconds);
    }
    else
    {
        missed++;
    }
}

static void Report(string replica, string kind, List<double> delays, int missed, int reconnects)
{
    delays.Sort();
    double Percentile(double p) => delays.Count == 0 ? 0 : delays[Math.Clamp((int)Math.Ceiling(p * delays.Count) - 1, 0, delays.Count - 1)];
    Console.WriteLine(FormattableString.Invariant(
        $"BENCH kind={kind} replica={replica} count={delays.Count} missed={missed} p50_ms={Percentile(0.5):F1} p99_ms={Percentile(0.99):F1} max_ms={(delays.Count == 0 ? 0 : delays[^1]):F1} reconnects={reconnects}"));
}

static string Setting(string name) =>
    Environment.GetEnvironmentVariable(name) is { Length: > 0 } value ? value : throw new InvalidOperationException($"{name} is not set");

// Player names may not contain digits.
static string Letters(int n)
{
    var text = "";
    do
    {
        text = (char)('a' + (n % 26)) + text;
        n /= 26;
    }
    while (n > 0);
    return text;
}

// One replica's GET /api/events, reconnected whenever the server ends it (Timeouts:EventStream):
// when each event arrived, and up to which commit (readTime) it reflects the league.
internal sealed class EventFeed(HttpClient http, string replica)
{
    private readonly Lock _lock = new();
    private readonly List<(DateTimeOffset Arrival, DateTimeOffset ReadTime)> _events = [];
    private readonly TaskCompletionSource _connected = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task Connected => _connected.Task;

    public int Reconnects { get; private set; }

    public async Task RunAsync(CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            try
            {
                using var response = await http.GetAsync($"{replica}/api/events", HttpCompletionOption.ResponseHeadersRead, ct);
                response.EnsureSuccessStatusCode();
                if (!_connected.TrySetResult())
                {
                    Reconnects++;
                }

                using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(ct));
                while (await reader.ReadLineAsync(ct) is { } line)
                {
                    if (line.StartsWith("data:", StringComparison.Ordinal))
                    {
                        var arrival = DateTimeOffset.UtcNow;
                        using var change = JsonDocument.Parse(line.AsMemory(5));
                        var readTime = change.RootElement.GetProperty("readTime").GetDateTimeOffset();
                        lock (_lock)
                        {
                            _events.Add((arrival, readTime));
                        }
                    }
                }
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                return;
            }
            catch (HttpRequestException e)
            {
                Console.Error.WriteLine($"{replica}/api/events: {e.Message}");
                await Task.Delay(100, CancellationToken.None);
            }
        }
    }

    // When the first event that reflects the commit arrived (the stream may fold several commits into one), or null.
    public async Task<DateTimeOffset?> ArrivalOfAsync(DateTimeOffset commitTime, TimeSpan wait, CancellationToken ct)
    {
        var deadline = DateTimeOffset.UtcNow + wait;
        while (DateTimeOffset.UtcNow < deadline && !ct.IsCancellationRequested)
        {
            lock (_lock)
            {
                foreach (var (arrival, readTime) in _events)
                {
                    if (readTime >= commitTime)
                    {
                        return arrival;
                    }
                }
            }

            // The arrival was stamped by the reader: how often this looks changes nothing measured.
            await Task.Delay(5, CancellationToken.None);
        }

        return null;
    }
}
