namespace LeagueApp.Contracts.Security;

// Marks the endpoints that need the key: the middleware enforces it, the OpenAPI document shows it.
public sealed class ApiKeyRequiredMetadata;
