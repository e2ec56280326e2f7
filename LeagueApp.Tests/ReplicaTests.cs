using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using LeagueApp.Contracts;
using Xunit.Abstractions;

namespace LeagueApp.Tests;

// Two frontends, two stats: every instance shows every change, whichever instance or service made it.
[Collection(ReplicasCollection.Name)]
public sealed class ReplicaTests(ReplicasFixture fixture, ITestOutputHelper output)
{
    private const int Trials = 200;

    private static readonly string[] RouteKinds =
        ["/api signing and squad", "original transfer and table", "/api transfer and table (the web page's routes)"];

    // A change reaches every frontend within milliseconds; a second leaves room for a busy machine.
    private static readonly TimeSpan StreamDelayLimit = TimeSpan.FromSeconds(1);

    private IReadOnlyList<HttpClient> Instances => fixture.FrontendInstances;

    // The guarantee (docs/api.md#fresh-reads): once a write is answered, every instance shows it in
    // its next read, whichever instance took the write. One stale read fails the test.
    [Fact]
    public async Task A_write_through_one_frontend_is_read_through_every_frontend()
    {
        const string Player = "Replica Trial";
        var writeTimes = new List<double>();
        var chelseaHasRose = false;
        try
        {
            for (var trial = 0; trial < Trials; trial++)
            {
                // Every pair of writer and reader instance, and three kinds of route in turn.
                var (writerIndex, readerIndex) = (trial % 2, trial / 2 % 2);
                var (writer, reader) = (Instances[writerIndex], Instances[readerIndex]);
                var kind = trial % 3;
                var signed = kind == 0 && await SignedAsync(reader, Player);
                var write = Stopwatch.StartNew();
                Func<HttpClient, Task<bool>> shows = kind switch
                {
                    0 => await ApiSigningAsync(writer, Player, sign: !signed),
                    1 => await OriginalTransferAsync(writer, toChelsea: !chelseaHasRose),
                    _ => await ApiTransferAsync(writer, toChelsea: !chelseaHasRose),
                };
                writeTimes.Add(write.Elapsed.TotalMilliseconds);
                if (kind != 0)
                {
                    chelseaHasRose = !chelseaHasRose;
                }

                Assert.True(await shows(reader), $"Trial {trial} ({RouteKinds[kind]}): instance {readerIndex} read the old state after instance {writerIndex} answered the write.");
            }
        }
        finally
        {
            await Instances[0].SendJsonAsync(HttpMethod.Delete, $"/api/teams/Chelsea/players/{Uri.EscapeDataString(Player)}");
            if (chelseaHasRose)
            {
                await Instances[0].SendJsonAsync(HttpMethod.Post, "/api/transfers", new { player = "Danny Rose", fromTeam = "Chelsea", toTeam = "Tottenham Hotspur" });
            }
        }

        writeTimes.Sort();
        output.WriteLine($"{Trials} writes, each read back through an instance at once: none stale. Write answered in p50 {writeTimes[Trials / 2]:0.#} ms, p99 {writeTimes[Trials * 99 / 100]:0.#} ms (telling the other instance included).");
    }

    // A write tells the other frontends directly, at the address each names in its cache lease, with
    // its commit time; a stranger without the service key cannot make them drop their answers.
    [Fact]
    public async Task Every_frontend_names_where_it_takes_word_of_writes_and_takes_it_only_with_the_key()
    {
        using var emulator = await fixture.EmulatorRestAsync();
        var leases = await emulator.GetFromJsonAsync<JsonElement>("CacheLeases");
        var named = leases.GetProperty("documents").EnumerateArray()
            .Select(lease => lease.GetProperty("fields").TryGetProperty("address", out var address) && address.TryGetProperty("stringValue", out var text) ? text.GetString() : null)
            .ToList();

        foreach (var instance in Instances)
        {
            var address = instance.BaseAddress!.GetLeftPart(UriPartial.Authority);
            Assert.True(named.Contains(address), $"No cache lease names the frontend at {address}; the leases name: {string.Join(", ", named)}.");

            // The instances' clients carry the key; a stranger's does not.
            using var strangersClient = new HttpClient { BaseAddress = instance.BaseAddress, Timeout = instance.Timeout };
            using var stranger = await strangersClient.PostAsync("/internal/caches/written", content: null);
            Assert.Equal(HttpStatusCode.Unauthorized, stranger.StatusCode);

            // The word names its commit, which the instance's reads must reflect from then on.
            using var unnamed = await instance.PostAsync("/internal/caches/written", content: null);
            Assert.Equal(HttpStatusCode.BadRequest, unnamed.StatusCode);
            using var word = new HttpRequestMessage(HttpMethod.Post, "/internal/caches/written");
            word.Headers.Add(CommitTimes.Header, CommitTimes.Format(DateTimeOffset.UtcNow.AddSeconds(-1)));
            using var peer = await instance.SendAsync(word);
            Assert.Equal(HttpStatusCode.NoContent, peer.StatusCode);
        }
    }

    // An instance that stops answering (frozen: no lease renewals, no stream) holds writes until its
    // lease ends; thawed, it must not answer from what it kept before the write.
    [Fact]
    public async Task A_frozen_frontend_holds_writes_only_until_its_lease_ends_and_thaws_without_stale_answers()
    {
        const string Player = "Frozen Witness";
        Assert.False(await SignedAsync(Instances[1], Player)); // and now kept by instance 1
        var frozen = fixture.FrontendProcesses[1];
        var write = Stopwatch.StartNew();
        frozen.Pause();
        try
        {
            var (created, body, _) = await Instances[0].SendJsonAsync(HttpMethod.Post, "/api/teams/Chelsea/players", PlayerBodies.NewPlayer(Player, "Chelsea"));
            Assert.True(created == HttpStatusCode.Created, $"The signing through instance 0 answered {created}: {body}");
            output.WriteLine($"The write through instance 0 was answered after {write.ElapsedMilliseconds} ms with instance 1 frozen.");
        }
        finally
        {
            frozen.Resume();
        }

        try
        {
            Assert.True(await SignedAsync(Instances[1], Player), "Instance 1, thawed, answered the squad from before the signing.");
        }
        finally
        {
            await Instances[0].SendJsonAsync(HttpMethod.Delete, $"/api/teams/Chelsea/players/{Uri.EscapeDataString(Player)}");
        }
    }

    [Fact]
    public async Task A_write_that_bypasses_every_frontend_reaches_each_of_them_within_a_second()
    {
        const string Player = "Replica Bypasser";
        using var playerops = fixture.App.CreateHttpClient("playerops");
        playerops.DefaultRequestHeaders.Add("X-Api-Key", LeagueAppFixture.ApiKey);
        foreach (var instance in Instances)
        {
            Assert.False(await SignedAsync(instance, Player)); // and now cached
        }

        var (created, _, _) = await playerops.SendJsonAsync(HttpMethod.Post, "/teams/Chelsea/players", PlayerBodies.NewPlayer(Player, "Chelsea"));
        Assert.Equal(HttpStatusCode.Created, created);
        try
        {
            await Task.WhenAll(Instances.Select((instance, i) => SeenWithinLimitAsync(instance, i, Player, present: true)));
        }
        finally
        {
            var (deleted, _, _) = await playerops.SendJsonAsync(HttpMethod.Delete, $"/teams/Chelsea/players/{Uri.EscapeDataString(Player)}");
            Assert.Equal(HttpStatusCode.NoContent, deleted);
        }

        await Task.WhenAll(Instances.Select((instance, i) => SeenWithinLimitAsync(instance, i, Player, present: false)));
    }

    [Fact]
    public async Task After_the_database_was_frozen_and_thawed_every_frontend_still_follows_it()
    {
        const string Player = "Thaw Witness";
        foreach (var instance in Instances)
        {
            Assert.False(await SignedAsync(instance, Player));
        }

        var emulator = ResourceProcesses.Of(fixture.App, "firestore");
        emulator.Pause();
        try
        {
            await Task.Delay(TimeSpan.FromSeconds(3));
        }
        finally
        {
            emulator.Resume();
        }

        var (created, _, _) = await Instances[0].SendJsonAsync(HttpMethod.Post, "/api/teams/Chelsea/players", PlayerBodies.NewPlayer(Player, "Chelsea"));
        Assert.Equal(HttpStatusCode.Created, created);
        try
        {
            await Task.WhenAll(Instances.Select((instance, i) => SeenWithinLimitAsync(instance, i, Player, present: true)));
        }
        finally
        {
            await Instances[0].SendJsonAsync(HttpMethod.Delete, $"/api/teams/Chelsea/players/{Uri.EscapeDataString(Player)}");
        }

        await Task.WhenAll(Instances.Select((instance, i) => SeenWithinLimitAsync(instance, i, Player, present: false)));
    }

    // Each write returns how to tell, through a given instance, that the write shows.
    private static async Task<Func<HttpClient, Task<bool>>> ApiSigningAsync(HttpClient writer, string player, bool sign)
    {
        var (status, _, _) = sign
            ? await writer.SendJsonAsync(HttpMethod.Post, "/api/teams/Chelsea/players", PlayerBodies.NewPlayer(player, "Chelsea"))
            : await writer.SendJsonAsync(HttpMethod.Delete, $"/api/teams/Chelsea/players/{Uri.EscapeDataString(player)}");
        Assert.Equal(sign ? HttpStatusCode.Created : HttpStatusCode.NoContent, status);
        return async reader => await SignedAsync(reader, player) == sign;
    }

    private static async Task<Func<HttpClient, Task<bool>>> OriginalTransferAsync(HttpClient writer, bool toChelsea)
    {
        var (from, to) = toChelsea ? ("Tottenham Hotspur", "Chelsea") : ("Chelsea", "Tottenham Hotspur");
        var (status, body) = await writer.CallAsync("/transferplayer", $$"""{"PlayerName":"Danny Rose","TeamFrom":"{{from}}","TeamTO":"{{to}}"}""");
        Assert.True(status == HttpStatusCode.OK, $"The original transfer answered {status}: {body}");
        return async reader => (await reader.CapitalsAsync())["Chelsea"] == ChelseaCapital(toChelsea);
    }

    private static async Task<Func<HttpClient, Task<bool>>> ApiTransferAsync(HttpClient writer, bool toChelsea)
    {
        var (from, to) = toChelsea ? ("Tottenham Hotspur", "Chelsea") : ("Chelsea", "Tottenham Hotspur");
        var (status, body, _) = await writer.SendJsonAsync(HttpMethod.Post, "/api/transfers", new { player = "Danny Rose", fromTeam = from, toTeam = to });
        Assert.True(status == HttpStatusCode.OK, $"The transfer answered {status}: {body}");
        return async reader => (await reader.TeamCapitalsAsync())["Chelsea"] == ChelseaCapital(toChelsea);
    }

    // Chelsea starts with 200 and pays Danny Rose's price, 22, while he plays there.
    private static int ChelseaCapital(bool hasRose) => hasRose ? 178 : 200;

    private static async Task<bool> SignedAsync(HttpClient instance, string player)
    {
        var squad = await instance.GetJsonAsync("/api/teams/Chelsea/players");
        return squad.EnumerateArray().Any(p => p.GetProperty("name").GetString() == player);
    }

    private async Task SeenWithinLimitAsync(HttpClient instance, int index, string player, bool present)
    {
        var waited = Stopwatch.StartNew();
        while (await SignedAsync(instance, player) != present)
        {
            Assert.True(waited.Elapsed < StreamDelayLimit, $"Frontend instance {index} still showed {player} as {(present ? "missing" : "signed")} after {waited.ElapsedMilliseconds} ms.");
            await Task.Delay(5);
        }

        output.WriteLine($"instance {index} showed {player} as {(present ? "signed" : "gone")} after {waited.Elapsed.TotalMilliseconds:0.#} ms");
    }
}
