using System.Diagnostics;
using Xunit.Abstractions;

namespace LeagueApp.Tests;

// A backend that stops and a database that freezes: the frontend answers 503 quickly where it must,
// keeps the rest working, recovers by itself, and no acknowledged write is lost.
[Collection(FaultsCollection.Name)]
public sealed class FaultTests(FaultsFixture fixture, ITestOutputHelper output)
{
    // An open circuit answers at once: far below the stats client's 6 s attempt timeout.
    private static readonly TimeSpan Quick = TimeSpan.FromSeconds(1);

    [Fact]
    public async Task A_stopped_stats_service_leaves_cached_reads_then_makes_reads_503_quickly_while_writes_go_on_and_it_recovers()
    {
        var (fresh, _, _) = await fixture.Frontend.SendJsonAsync(HttpMethod.Get, "/api/teams");
        Assert.Equal(HttpStatusCode.OK, fresh);

        // SIGSTOP: the service is there but answers nothing, the worst case for its callers.
        var stats = ResourceProcesses.Of(fixture.App, "stats");
        stats.Pause();
        try
        {
            // The frontend still holds the table it just read.
            var cached = await TimedAsync(() => fixture.Frontend.SendJsonAsync(HttpMethod.Get, "/api/teams"));
            Assert.Equal(HttpStatusCode.OK, cached.Status);
            Assert.True(cached.Took < Quick, $"A cached read took {cached.Took}.");

            // Writes do not need stats: creating a player works, and empties the frontend's cache
            // (stats' own eviction times out and is logged).
            var (created, _, _) = await fixture.Writer.SendJsonAsync(HttpMethod.Post, "/api/teams/Chelsea/players", PlayerBodies.NewPlayer("Stats Down", "Chelsea"));
            Assert.Equal(HttpStatusCode.Created, created);

            var reads = new List<(HttpStatusCode Status, TimeSpan Took)>();
            for (var i = 0; i < 20; i++)
            {
                reads.Add(await TimedAsync(() => fixture.Frontend.SendJsonAsync(HttpMethod.Get, "/api/teams")));
            }

            output.WriteLine($"reads with stats stopped: {string.Join(", ", reads.Select(r => $"{(int)r.Status} in {r.Took.TotalMilliseconds:0} ms"))}");
            Assert.All(reads, r => Assert.Equal(HttpStatusCode.ServiceUnavailable, r.Status));

            // The first few wait out their attempts (13 s at most); then the circuit opens and the rest fail fast.
            Assert.All(reads, r => Assert.True(r.Took < TimeSpan.FromSeconds(15), $"A read took {r.Took}."));
            Assert.All(reads.TakeLast(10), r => Assert.True(r.Took < Quick, $"A read with the circuit open took {r.Took}."));

            var (deleted, _, _) = await fixture.Writer.SendJsonAsync(HttpMethod.Delete, "/api/teams/Chelsea/players/Stats%20Down");
            Assert.Equal(HttpStatusCode.NoContent, deleted);
        }
        finally
        {
            stats.Resume();
        }

        // The errors stop by themselves once stats answers again (the circuit closes after its break).
        await EventuallyAsync(async () => (await fixture.Frontend.SendJsonAsync(HttpMethod.Get, "/api/teams")).Status == HttpStatusCode.OK, TimeSpan.FromSeconds(60));
    }

    [Fact]
    public async Task A_frozen_database_gives_503_within_the_timeout_loses_no_acknowledged_write_and_recovers()
    {
        var (created, _, _) = await fixture.Writer.SendJsonAsync(HttpMethod.Post, "/api/teams/Liverpool/players", PlayerBodies.NewPlayer("Freeze Mover", "Liverpool", price: 2));
        Assert.Equal(HttpStatusCode.Created, created);
        var capitalBefore = await fixture.Frontend.TeamCapitalsAsync();

        var emulator = ResourceProcesses.Of(fixture.App, "firestore");
        (string What, HttpStatusCode Status, TimeSpan Took)[] answers;
        emulator.Pause();
        try
        {
            // Reads that miss the cache and writes both reach the frozen database.
            var work = new[]
            {
                TimedAsync(() => fixture.Frontend.SendJsonAsync(HttpMethod.Get, "/api/teams/Liverpool/players/Nobody%20Here"), "read"),
                TimedAsync(() => fixture.Writer.SendJsonAsync(HttpMethod.Post, "/api/transfers", new { player = "Freeze Mover", fromTeam = "Liverpool", toTeam = "Chelsea" }), "transfer"),
                TimedAsync(() => fixture.Writer.SendJsonAsync(HttpMethod.Post, "/api/teams/Chelsea/players", PlayerBodies.NewPlayer("Frozen Signing", "Chelsea")), "create"),
            };
            answers = await Task.WhenAll(work);
        }
        finally
        {
            emulator.Resume();
        }

        output.WriteLine($"with the database frozen: {string.Join(", ", answers.Select(a => $"{a.What} {(int)a.Status} in {a.Took.TotalSeconds:0.0} s"))}");
        Assert.All(answers, a => Assert.Equal(HttpStatusCode.ServiceUnavailable, a.Status));

        // Each gave up within its budget: a Firestore operation 5 s (stats) or 15 s (playerops), a
        // transaction 10 s, plus the hop.
        Assert.All(answers, a => Assert.True(a.Took < TimeSpan.FromSeconds(25), $"{a.What} took {a.Took}."));

        // After the thaw: no restart needed, and nothing half-done. Whatever the database did with
        // the writes it held when it froze, money is conserved and the mover is on exactly one team.
        await EventuallyAsync(async () => (await fixture.Frontend.SendJsonAsync(HttpMethod.Get, "/api/teams/Chelsea/players")).Status == HttpStatusCode.OK, TimeSpan.FromSeconds(60));
        var capitalAfter = await fixture.Frontend.TeamCapitalsAsync();
        Assert.Equal(capitalBefore.Values.Sum(), capitalAfter.Values.Sum());
        var liverpool = (await fixture.Frontend.SendJsonAsync(HttpMethod.Get, "/api/teams/Liverpool/players/Freeze%20Mover")).Status;
        var chelsea = (await fixture.Frontend.SendJsonAsync(HttpMethod.Get, "/api/teams/Chelsea/players/Freeze%20Mover")).Status;
        Assert.True(liverpool == HttpStatusCode.OK ^ chelsea == HttpStatusCode.OK, $"Freeze Mover: Liverpool {liverpool}, Chelsea {chelsea}.");
        var moved = chelsea == HttpStatusCode.OK;
        Assert.Equal(capitalBefore["Liverpool"] + (moved ? 2 : 0), capitalAfter["Liverpool"]);

        // And new writes work again.
        var team = moved ? "Chelsea" : "Liverpool";
        var (deleted, _, _) = await fixture.Writer.SendJsonAsync(HttpMethod.Delete, $"/api/teams/{team}/players/Freeze%20Mover");
        Assert.Equal(HttpStatusCode.NoContent, deleted);
        await fixture.Writer.SendJsonAsync(HttpMethod.Delete, "/api/teams/Chelsea/players/Frozen%20Signing");
    }

    private static async Task<(HttpStatusCode Status, TimeSpan Took)> TimedAsync(
        Func<Task<(HttpStatusCode Status, System.Text.Json.JsonElement Body, HttpResponseMessage Response)>> send)
    {
        var watch = Stopwatch.StartNew();
        var (status, _, _) = await send();
        return (status, watch.Elapsed);
    }

    private static async Task<(string What, HttpStatusCode Status, TimeSpan Took)> TimedAsync(
        Func<Task<(HttpStatusCode Status, System.Text.Json.JsonElement Body, HttpResponseMessage Response)>> send, string what)
    {
        var (status, took) = await TimedAsync(send);
        return (what, status, took);
    }

    private static async Task EventuallyAsync(Func<Task<bool>> condition, TimeSpan within)
    {
        var watch = Stopwatch.StartNew();
        while (!await condition())
        {
            Assert.True(watch.Elapsed < within, $"Not recovered within {within}.");
            await Task.Delay(500);
        }
    }
}
