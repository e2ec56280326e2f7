using System.Text.Json.Serialization;

namespace LeagueApp.Frontend.Original;

// The JSON of the 2019 application, kept letter for letter (including "appearences") so
// that its clients and curl commands keep working.

public sealed record LegacyPlayer(
    [property: JsonPropertyName("name")] string? Name,
    [property: JsonPropertyName("team")] string? Team,
    [property: JsonPropertyName("nationality")] string? Nationality,
    [property: JsonPropertyName("position")] string? Position,
    [property: JsonPropertyName("appearences")] int? Appearences,
    [property: JsonPropertyName("goals")] int? Goals,
    [property: JsonPropertyName("assists")] int? Assists,
    [property: JsonPropertyName("passes")] int? Passes,
    [property: JsonPropertyName("interceptions")] int? Interceptions,
    [property: JsonPropertyName("tackles")] int? Tackles,
    [property: JsonPropertyName("fouls")] int? Fouls,
    [property: JsonPropertyName("price")] int? Price);

public sealed record LegacyTeam(
    [property: JsonPropertyName("teamName")] string TeamName,
    [property: JsonPropertyName("teamPlayed")] int TeamPlayed,
    [property: JsonPropertyName("teamWon")] int TeamWon,
    [property: JsonPropertyName("teamDrawn")] int TeamDrawn,
    [property: JsonPropertyName("teamLost")] int TeamLost,
    [property: JsonPropertyName("teamGF")] int TeamGF,
    [property: JsonPropertyName("teamGA")] int TeamGA,
    [property: JsonPropertyName("teamGD")] int TeamGD,
    [property: JsonPropertyName("teamPoints")] int TeamPoints,
    [property: JsonPropertyName("teamCapital")] int TeamCapital);

public sealed record PlayersAnswer(
    [property: JsonPropertyName("Players")] IReadOnlyList<LegacyPlayer>? Players,
    [property: JsonPropertyName("Err")] string? Err);

public sealed record TableAnswer(
    [property: JsonPropertyName("teams")] IReadOnlyList<LegacyTeam>? Teams,
    [property: JsonPropertyName("err")] string? Err);

public sealed record OpsAnswer(
    [property: JsonPropertyName("Ops")] string? Ops,
    [property: JsonPropertyName("Err")] string? Err);

public sealed record PositionRequest([property: JsonPropertyName("position")] string? Position);

public sealed record TableRequest([property: JsonPropertyName("league")] string? League);

public sealed record CreatePlayerRequest([property: JsonPropertyName("NewPlayer")] LegacyPlayer? NewPlayer);

public sealed record TransferPlayerRequest(
    [property: JsonPropertyName("PlayerName")] string? PlayerName,
    [property: JsonPropertyName("TeamFrom")] string? TeamFrom,
    [property: JsonPropertyName("TeamTO")] string? TeamTo);
