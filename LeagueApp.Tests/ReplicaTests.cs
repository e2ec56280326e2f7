using System.Diagnostics;
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

    // The guarantee (docs/api.md#fresh-reads): the instance that took a write shows it in the next read;
    // every other instance as soon as its change stream brings it. Stale reads elsewhere are counted,
    // shown in the test output, and must clear within the stream's delay.
    [Fact]
    public async Task A_write_through_one_frontend_is_read_through_every_frontend()
    {
        const string Player = "Replica Trial";
        var staleElsewhere = new List<string>();
        var chelseaHasRose = false;
        try
        {
            for (var trial = 0; trial < Trials; trial++)
            {
                // Every pair of writer and reader instance, and three kinds of route in turn.
                var (writerIndex, readerIndex) = (trial % 2, trial / 2 % 2);
                var (writer, reader) = (Instances[writerIndex], Instances[readerIndex]);
                var kind = trial % 3;
                Func<HttpClient, Task<bool>> shows = kind switch
                {
                    0 => await ApiSigningAsync(writer, Player, sign: !await SignedAsync(reader, Player)),
                    1 => await OriginalTransferAsync(writer, toChelsea: !chelseaHasRose),
                    _ => await ApiTransferAsync(writer, toChelsea: !chelseaHasRose),
                };
                if (kind != 0)
                {
                    chelseaHasRose = !chelseaHasRose;
                }

                if (await shows(reader))
                {
                    continue;
                }

                var route = RouteKinds[kind];
                Assert.True(writerIndex != readerIndex, $"Trial {trial} ({route}): instance {writerIndex} answered a write and then read the old state.");
                var stale = Stopwatch.StartNew();
                while (!await shows(reader))
                {
                    Assert.True(stale.Elapsed < StreamDelayLimit, $"Trial {trial} ({route}): instance {readerIndex} still read the old state {stale.ElapsedMilliseconds} ms after instance {writerIndex} answered the write.");
                    await Task.Delay(5);
                }

                staleElsewhere.Add($"trial {trial} ({route}) for {stale.Elapsed.TotalMilliseconds:0.#} ms");
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

        output.WriteLine($"{staleElsewhere.Count} of {Trials / 2} reads through the other instance right after a write showed the old state: {string.Join("; ", staleElsewhere)}");
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

        var (created, _, _) = await playerops.SendJsonAsync(HttpMethod.Post, "/teams/Chelsea/players", ApiClient.NewPlayer(Player, "Chelsea"));
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

        var (created, _, _) = await Instances[0].SendJsonAsync(HttpMethod.Post, "/api/teams/Chelsea/players", ApiClient.NewPlayer(Player, "Chelsea"));
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
            ? await writer.SendJsonAsync(HttpMethod.Post, "/api/teams/Chelsea/players", ApiClient.NewPlayer(player, "Chelsea"))
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
