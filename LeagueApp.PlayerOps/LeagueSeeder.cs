using LeagueApp.Data;
using LeagueApp.Domain;
using LeagueApp.Firestore;
using LeagueApp.PlayerOps.Import;
using Microsoft.Extensions.Options;

namespace LeagueApp.PlayerOps;

// Loads the 2018/19 seed into an empty database. A database that has any team is left alone,
// so a restart neither duplicates nor overwrites what users changed.
public sealed class LeagueSeeder(
    IFirestoreClient firestore,
    LeagueImporter importer,
    IOptions<SeedOptions> options,
    SeedState state,
    ILogger<LeagueSeeder> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.OnStartup)
        {
            state.MarkDone("seeding is off");
            return;
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        timeout.CancelAfter(options.Value.Timeout);
        try
        {
            var outcome = await SeedIfEmptyAsync(timeout.Token);
            state.MarkDone(outcome);
            logger.LogInformation("Seed: {Outcome}", outcome);
        }
        catch (Exception e) when (e is FirestoreException or OperationCanceledException && !stoppingToken.IsCancellationRequested)
        {
            state.MarkFailed(e.Message);
            logger.LogError(e, "Seeding the league failed");
        }
    }

    public async Task<string> SeedIfEmptyAsync(CancellationToken ct)
    {
        var existing = await firestore.RunQueryAsync(new FirestoreQuery(LeagueCollections.Teams).Limit(1), ct);
        if (existing.Count > 0)
        {
            return "the database already holds a league; nothing written";
        }

        // The same path as a CSV import; 44 documents fit one commit, so the seed lands whole or not at all.
        var seed = SeedData.Load();
        try
        {
            var (summary, errors) = await importer.ImportAsync(
                [.. seed.Teams.Select((team, i) => new ImportRow<TeamStanding>(i + 1, team))],
                withCapital: true,
                [.. seed.Players.Select((player, i) => new ImportRow<Player>(i + 1, player))],
                ct);
            return summary is null
                ? throw new InvalidOperationException($"The seed does not import: {string.Join(" ", errors.Select(e => e.Message))}")
                : $"seeded {summary.Created} documents ({seed.Teams.Count} teams, {seed.Players.Count} players)";
        }
        catch (FirestoreAlreadyExistsException)
        {
            return "another instance seeded the database first";
        }
    }
}
