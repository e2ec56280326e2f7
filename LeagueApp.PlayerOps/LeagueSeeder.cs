using LeagueApp.Data;
using LeagueApp.Data.Import;
using LeagueApp.Domain;
using LeagueApp.PlayerOps.Import;
using Microsoft.Extensions.Options;

namespace LeagueApp.PlayerOps;

// Loads the 2018/19 seed into an empty database. A database that has any team is left alone,
// so a restart neither duplicates nor overwrites what users changed.
public sealed class LeagueSeeder(
    LeagueStore store,
    LeagueImporter importer,
    IOptions<SeedOptions> options,
    SeedState state,
    TimeProvider time,
    ILogger<LeagueSeeder> logger) : BackgroundService
{
    private static readonly TimeSpan FirstRetryDelay = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan MaxRetryDelay = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.OnStartup)
        {
            state.MarkDone("seeding is off");
            return;
        }

        using var timeout = new CancellationTokenSource(options.Value.Timeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, timeout.Token);
        try
        {
            var outcome = await SeedWithRetriesAsync(linked.Token);
            state.MarkDone(outcome);
            logger.LogInformation("Seed: {Outcome}", outcome);
        }
        catch (Exception e) when ((DatabaseFailures.IsDatabaseFailure(e) || e is OperationCanceledException) && !stoppingToken.IsCancellationRequested)
        {
            if (e is OperationCanceledException)
            {
                state.MarkTimedOut(options.Value.Timeout);
            }
            else
            {
                state.MarkFailed(e.Message);
            }
            logger.LogError(e, "Seeding the league failed");
        }
    }

    // A cold or busy database may miss one call's deadline at startup; readiness hangs on the seed, so
    // one blip must not leave the pod unready for good. Seeding again is safe: it writes only into an
    // empty database, and a commit that landed unseen makes the next try find the league.
    private async Task<string> SeedWithRetriesAsync(CancellationToken ct)
    {
        var delay = FirstRetryDelay;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await SeedIfEmptyAsync(ct);
            }
            catch (Exception e) when (DatabaseFailures.IsTransient(e) && !ct.IsCancellationRequested)
            {
                state.MarkRetrying(attempt, e.Message);
                logger.LogWarning("Seeding attempt {Attempt} failed, trying again in {Delay} ms: {Reason}", attempt, delay.TotalMilliseconds, e.Message);
                await Task.Delay(delay, time, ct);
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, MaxRetryDelay.Ticks));
            }
        }
    }

    public async Task<string> SeedIfEmptyAsync(CancellationToken ct)
    {
        if (!await store.IsEmptyAsync(ct))
        {
            return "the database already holds a league; nothing written";
        }

        // The same path as a CSV import; 44 documents fit one commit, so the seed lands whole or not at all.
        var seed = SeedData.Load();
        try
        {
            var (summary, errors, _) = await importer.ImportAsync(
                [.. seed.Teams.Select((team, i) => new ImportRow<TeamStanding>(i + 1, team))],
                withCapital: true,
                [.. seed.Players.Select((player, i) => new ImportRow<Player>(i + 1, player))],
                ct);
            return summary is null
                ? throw new InvalidOperationException($"The seed does not import: {string.Join(" ", errors.Select(e => e.Message))}")
                : $"seeded {summary.Created} documents ({seed.Teams.Count} teams, {seed.Players.Count} players)";
        }
        catch (ConcurrentImportException)
        {
            return "another instance seeded the database first";
        }
    }
}
