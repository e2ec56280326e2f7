using LeagueApp.Data;
using LeagueApp.Domain;
using LeagueApp.Firestore;
using Microsoft.Extensions.Options;

namespace LeagueApp.PlayerOps;

// Loads the 2018/19 seed into an empty database. A database that has any team is left alone,
// so a restart neither duplicates nor overwrites what users changed.
public sealed class LeagueSeeder(
    IFirestoreClient firestore,
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

        var seed = SeedData.Load();
        var writes = seed.Teams
            .Select(team => Write.Create(LeagueCollections.Teams, team.Name, TeamDocuments.ToFields(team)))
            .Concat(seed.Players.Select(player => Write.Create(LeagueCollections.Players, PlayerDocuments.IdOf(player), PlayerDocuments.ToFields(player))))
            .ToList();

        try
        {
            // One commit: the seed lands whole or not at all.
            await firestore.CommitAsync(writes, ct);
        }
        catch (FirestoreAlreadyExistsException)
        {
            return "another instance seeded the database first";
        }

        return $"seeded {seed.Teams.Count} teams and {seed.Players.Count} players";
    }
}
