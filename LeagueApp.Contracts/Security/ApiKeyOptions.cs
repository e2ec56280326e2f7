using System.ComponentModel.DataAnnotations;

namespace LeagueApp.Contracts.Security;

public sealed class ApiKeyOptions
{
    public const string SectionName = "Security";

    public const string HeaderName = "X-Api-Key";

    // Set by the AppHost (a generated secret parameter) or a Kubernetes Secret; never in appsettings.
    [Required(ErrorMessage = "Security:ApiKey is not set: writes need an API key (the AppHost passes one as Security__ApiKey).")]
    [MinLength(16, ErrorMessage = "Security:ApiKey must be at least 16 characters long.")]
    public string ApiKey { get; set; } = "";
}
