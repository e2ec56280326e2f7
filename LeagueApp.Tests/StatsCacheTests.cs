using System.Diagnostics;
using System.Net.Http.Headers;
using LeagueApp.Contracts;

namespace LeagueApp.Tests;

// Stats keeps its answers while its change stream vouches for them: a read that names a commit gets
// an answer that reflects it, a read that asks for a fresh answer gets one, and others follow the stream.
[Collection(LeagueAppCollection.Name)]
public sealed class StatsCacheTests(LeagueAppFixture fixture)
{
    private const string Squad = "/teams/Manchester%20City/players";

    // A change reaches stats within milliseconds; a second leaves room for a busy machine.
    private static readonly TimeSpan StreamDelayLimit = TimeSpan.FromSeconds(1);

    [Fact]
    public async Task Stats_answers_an_unchanged_league_from_its_cache_unless_it_cannot_vouch_for_it()
    {
        using var stats = StatsClient();
        await ReadSquadAsync(stats);
        Assert.True((await ReadSquadAsync(stats)).Age is not null, "A second read of an unchanged squad was not answered from stats' cache (no Age header).");

        Assert.Null((await ReadSquadAsync(stats, request => request.Headers.CacheControl = new CacheControlHeaderValue { NoCache = true })).Age);
        Assert.Null((await ReadSquadAsync(stats, request => request.Headers.Add(CommitTimes.ReflectHeader, "soon"))).Age);
        var later = CommitTimes.Format(DateTimeOffset.UtcNow.AddHours(1));
        Assert.Null((await ReadSquadAsync(stats, request => request.Headers.Add(CommitTimes.ReflectHeader, later))).Age);
    }

    [Fact]
    public async Task A_read_that_names_a_commit_reflects_it_and_the_others_follow_within_a_second()
    {
        const string Name = "Stats Follower";
        using var stats = StatsClient();
        using var playerops = fixture.App.CreateHttpClient("playerops");
        playerops.DefaultRequestHeaders.Add("X-Api-Key", LeagueAppFixture.ApiKey);
        await ReadSquadAsync(stats);
        Assert.DoesNotContain(Name, (await ReadSquadAsync(stats)).Body); // now kept

        var (created, _, response) = await playerops.SendJsonAsync(HttpMethod.Post, "/teams/Manchester%20City/players", PlayerBodies.NewPlayer(Name, "Manchester City"));
        Assert.Equal(HttpStatusCode.Created, created);
        var signed = Stopwatch.StartNew();
        try
        {
            var committed = Assert.Single(response.Headers.GetValues(CommitTimes.Header));
            var named = await ReadSquadAsync(stats, request => request.Headers.Add(CommitTimes.ReflectHeader, committed));
            Assert.True(named.Body.Contains(Name, StringComparison.Ordinal), $"A read that named the commit {committed} of the new player did not show him.");

            while (!(await ReadSquadAsync(stats)).Body.Contains(Name, StringComparison.Ordinal))
            {
                Assert.True(signed.Elapsed < StreamDelayLimit, $"Stats' squad still lacked the new player {signed.ElapsedMilliseconds} ms after playerops signed him.");
                await Task.Delay(20);
            }
        }
        finally
        {
            var (deleted, _, _) = await playerops.SendJsonAsync(HttpMethod.Delete, $"/teams/Manchester%20City/players/{Uri.EscapeDataString(Name)}");
            Assert.Equal(HttpStatusCode.NoContent, deleted);
        }
    }

    private HttpClient StatsClient()
    {
        var client = fixture.App.CreateHttpClient("stats");
        client.DefaultRequestHeaders.Add("X-Api-Key", LeagueAppFixture.ApiKey);
        return client;
    }

    private static async Task<(string Body, TimeSpan? Age)> ReadSquadAsync(HttpClient stats, Action<HttpRequestMessage>? prepare = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, Squad);
        prepare?.Invoke(request);
        using var response = await stats.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadAsStringAsync(), response.Headers.Age);
    }
}
