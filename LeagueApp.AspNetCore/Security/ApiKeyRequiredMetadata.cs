namespace LeagueApp.AspNetCore.Security;

// Marks the endpoints that need the key: the middleware enforces it, the OpenAPI document shows it.
public sealed class ApiKeyRequiredMetadata;
