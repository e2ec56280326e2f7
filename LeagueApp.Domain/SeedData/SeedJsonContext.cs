using System.Text.Json.Serialization;

namespace LeagueApp.Domain;

// Strict on purpose: a missing, null or misspelt field in the seed fails the load instead of becoming 0 or null.
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow)]
[JsonSerializable(typeof(SeedFile))]
internal sealed partial class SeedJsonContext : JsonSerializerContext;
