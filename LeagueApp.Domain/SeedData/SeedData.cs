using System.Text.Json;

namespace LeagueApp.Domain;

/// <summary>The 2018/19 figures the original app shipped with: the top four clubs and ten players of each.</summary>
public sealed class SeedData
{
    private const string ResourceName = "LeagueApp.Domain.SeedData.season-2018-19.json";

    private SeedData(string season, string source, IReadOnlyList<TeamStanding> teams, IReadOnlyList<Player> players)
    {
        Season = season;
        Source = source;
        Teams = teams;
        Players = players;
    }

    public string Season { get; }

    public string Source { get; }

    public IReadOnlyList<TeamStanding> Teams { get; }

    public IReadOnlyList<Player> Players { get; }

    /// <summary>Reads the seed embedded in this assembly. Its rows are checked by the domain tests, not here.</summary>
    public static SeedData Load()
    {
        using var stream = typeof(SeedData).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing.");
        return Read(stream);
    }

    /// <summary>Parses seed JSON; a missing, null or unknown field throws <see cref="JsonException"/>.</summary>
    internal static SeedData Read(Stream json)
    {
        var file = JsonSerializer.Deserialize(json, SeedJsonContext.Default.SeedFile)
            ?? throw new InvalidDataException("The seed file holds null instead of a season.");

        return new SeedData(
            file.Season,
            file.Source,
            [.. file.Teams.Select(ToStanding)],
            [.. file.Teams.SelectMany(team => team.Players.Select(player => ToPlayer(team.Name, player)))]);
    }

    private static TeamStanding ToStanding(SeedTeam team) => new(
        team.Name,
        team.Played,
        team.Won,
        team.Drawn,
        team.Lost,
        team.GoalsFor,
        team.GoalsAgainst,
        team.GoalDifference,
        team.Points,
        team.Capital);

    private static Player ToPlayer(string team, SeedPlayer player) => new(
        player.Name,
        team,
        player.Nationality,
        Positions.TryParse(player.Position, out var position)
            ? position
            : throw new InvalidDataException($"Seed player {player.Name} has the unknown position '{player.Position}'."),
        player.Appearances,
        player.Goals,
        player.Assists,
        player.Passes,
        player.Interceptions,
        player.Tackles,
        player.Fouls,
        player.Price);
}
