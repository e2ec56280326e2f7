using System.Text.Json;
using System.Text.Json.Serialization;
using LeagueApp.Data.Changes;
using Microsoft.AspNetCore.Http;

namespace LeagueApp.Frontend;

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(HttpValidationProblemDetails))]
[JsonSerializable(typeof(LeagueChange))]
public sealed partial class FrontendJsonContext : JsonSerializerContext;
