using System.ComponentModel.DataAnnotations;

namespace LeagueApp.AspNetCore.Security;

public sealed class ApiKeyOptions
{
    // The key is a connection string (ConnectionStrings:api-key, environment ConnectionStrings__api-key)
    // only because deployment tools that generate Kubernetes manifests from the publish manifest, such
    // as Aspirate, move connection strings into Secrets and write every other variable, secret or not,
    // into a ConfigMap.
    public const string ConnectionName = "api-key";

    public const string HeaderName = "X-Api-Key";

    // Set by the AppHost (a generated secret parameter) or a Kubernetes Secret; never in appsettings.
    [Required(ErrorMessage = "ConnectionStrings:api-key is not set: writes need an API key (the AppHost passes one as ConnectionStrings__api-key).")]
    [MinLength(16, ErrorMessage = "ConnectionStrings:api-key must be at least 16 characters long.")]
    public string ApiKey { get; set; } = "";
}
