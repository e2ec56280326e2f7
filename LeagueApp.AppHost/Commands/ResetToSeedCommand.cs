using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace LeagueApp.AppHost.Commands;

// "Reset to seed" on the Firestore emulator: delete every document, then have playerops load the
// 2018/19 season again through its startup seeder, so there is one seeding code path.
public static class ResetToSeedCommand
{
    public const string Name = "reset-to-seed";

    // PlayerOps' AdminApi.ReseedPath: it seeds an empty database and leaves a filled one alone.
    private const string ReseedPath = "/admin/reseed";

    public static IResourceBuilder<FirestoreResource> WithResetToSeedCommand(this IResourceBuilder<FirestoreResource> firestore, LeagueAdmin admin)
    {
        // Only an emulator may be wiped; a real project's database never gets this command.
        if (!firestore.Resource.IsEmulator)
        {
            return firestore;
        }

        return firestore.WithCommand(
            Name,
            "Reset to seed",
            context => ResetAsync(context, firestore.Resource, admin),
            new CommandOptions
            {
                Description = "Delete all data in the Firestore emulator and load the 2018/19 seed again.",
                ConfirmationMessage = "Delete every team and player in the emulator and load the 2018/19 seed again?",
                IconName = "ArrowReset",
                IsHighlighted = true,
                UpdateState = CommandStates.WhenHealthy,
            });
    }

    private static async Task<ExecuteCommandResult> ResetAsync(ExecuteCommandContext context, FirestoreResource firestore, LeagueAdmin admin)
    {
        var documents = new Uri(new Uri(firestore.PrimaryEndpoint.Url), $"/emulator/v1/projects/{firestore.ProjectId}/databases/{firestore.DatabaseId}/documents");
        var wipe = await ServiceCall.SendAsync(context, HttpMethod.Delete, documents);
        if (!wipe.IsSuccess)
        {
            return CommandResults.Failure($"The emulator did not delete its data. {wipe.Text}");
        }

        var seed = await admin.WriteAsync(context, ReseedPath);
        if (!seed.IsSuccess)
        {
            return CommandResults.Failure($"The data was deleted, but the seed did not load. {seed.Text}");
        }

        using var answer = JsonDocument.Parse(seed.Text);
        var outcome = answer.RootElement.GetProperty("outcome").GetString();
        context.Logger.LogInformation("Reset to seed: {Outcome}", outcome);
        return CommandResults.Success($"Reset to seed: {outcome}.");
    }
}
