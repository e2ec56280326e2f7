using System.Net.Http.Headers;
using System.Text.Json;

namespace LeagueApp.AppHost.Commands;

// "Import CSV" on playerops: sends a CSV file from this machine to the import API, which checks every
// row and writes nothing when one is wrong.
public static class ImportCsvCommand
{
    public const string Name = "import-csv";
    public const string KindArgument = "kind";
    public const string PathArgument = "path";

    private const int FollowPolls = 120;
    private static readonly TimeSpan FollowInterval = TimeSpan.FromSeconds(1);

    public static IResourceBuilder<ProjectResource> WithImportCsvCommand(
        this IResourceBuilder<ProjectResource> playerops, LeagueAdmin admin, string baseDirectory) =>
        playerops.WithCommand(
            Name,
            "Import CSV",
            context => ImportAsync(context, admin, baseDirectory),
            new CommandOptions
            {
                Description = "Import a CSV file of the original app: a team's players or the league table.",
                IconName = "ArrowUpload",
                UpdateState = CommandStates.WhenHealthy,
                Arguments =
                [
                    new InteractionInput
                    {
                        Name = KindArgument,
                        Label = "File",
                        InputType = InputType.Choice,
                        Required = true,
                        Value = "players",
                        Description = "A team's players file has no header and 12 columns, Team to Price; "
                            + "the league file (Teams.csv) has a header: Club;Played;Won;Drawn;Lost;GF;GA;GD;Points[;Capital].",
                        Options =
                        [
                            new("players", "A team's players"),
                            new("league", "The league table (Teams.csv)"),
                        ],
                    },
                    new InteractionInput
                    {
                        Name = PathArgument,
                        Label = "Path",
                        InputType = InputType.Text,
                        Required = true,
                        Description = "A CSV file on this machine. A relative path starts at the AppHost's folder.",
                    },
                ],
                ValidateArguments = validation =>
                {
                    var path = validation.Inputs[PathArgument].Value;
                    if (!string.IsNullOrWhiteSpace(path) && !File.Exists(Path.Combine(baseDirectory, path)))
                    {
                        validation.AddValidationError(PathArgument, $"There is no file '{path}'.");
                    }

                    return Task.CompletedTask;
                },
            });

    private static async Task<ExecuteCommandResult> ImportAsync(ExecuteCommandContext context, LeagueAdmin admin, string baseDirectory)
    {
        var kind = context.Arguments.GetString(KindArgument);
        var path = Path.Combine(baseDirectory, context.Arguments.GetString(PathArgument) ?? "");
        if (kind is not ("players" or "league"))
        {
            return CommandResults.Failure($"Choose the kind of file, 'players' or 'league', not '{kind}'.");
        }

        if (!File.Exists(path))
        {
            return CommandResults.Failure($"There is no file '{path}'.");
        }

        var content = new ByteArrayContent(await File.ReadAllBytesAsync(path, context.CancellationToken));
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        var answer = await admin.WriteAsync(context, $"/import/{kind}", content);
        if (!answer.IsSuccess)
        {
            return CommandResults.Failure($"{Path.GetFileName(path)} was not imported. {answer.Text}");
        }

        using var reply = JsonDocument.Parse(answer.Text);
        var name = Path.GetFileName(path);
        return reply.RootElement.TryGetProperty("state", out _)
            ? await FollowAsync(context, admin, name, reply.RootElement.GetProperty("id").GetString()!)
            : Imported(name, reply.RootElement);
    }

    // A large file goes on in the background (202): its status is followed for a while, then the
    // command says where it stands; the page follows the league either way.
    private static async Task<ExecuteCommandResult> FollowAsync(ExecuteCommandContext context, LeagueAdmin admin, string name, string id)
    {
        for (var poll = 0; poll < FollowPolls; poll++)
        {
            await Task.Delay(FollowInterval, context.CancellationToken);
            var answer = await admin.ReadAsync(context, $"/imports/{id}");
            if (!answer.IsSuccess)
            {
                return CommandResults.Failure($"The status of the import of {name} could not be read. {answer.Text}");
            }

            using var reply = JsonDocument.Parse(answer.Text);
            var status = reply.RootElement;
            switch (status.GetProperty("state").GetString())
            {
                case "running":
                    continue;
                case "completed":
                    return Imported(name, status.GetProperty("summary"));
                default:
                    return CommandResults.Failure($"{name} was not imported to the end. {status.GetProperty("detail").GetString()}");
            }
        }

        return CommandResults.Success($"{name} is still being imported in the background; the league changes as it goes.");
    }

    private static ExecuteCommandResult Imported(string name, JsonElement counts) => CommandResults.Success(
        $"Imported {name}: {counts.GetProperty("rows")} rows, {counts.GetProperty("created")} created, "
        + $"{counts.GetProperty("updated")} updated, {counts.GetProperty("unchanged")} unchanged.");
}
