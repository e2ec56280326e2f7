using LeagueApp.AspNetCore.Security;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace LeagueApp.Frontend.Api;

// Names the API and declares the X-Api-Key scheme that the write operations need.
internal sealed class ApiDocumentTransformer : IOpenApiDocumentTransformer
{
    public const string ApiKeyScheme = "ApiKey";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info.Title = "League App API";
        document.Info.Description =
            "Premier League statistics: the league table, squads, rankings, transfers and CSV imports. "
            + "Reads are public; writes need the API key in the X-Api-Key header.";
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[ApiKeyScheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Header,
            Name = ApiKeyOptions.HeaderName,
            Description = "The write key: generated per local run (see the Aspire dashboard), a Kubernetes Secret in the cluster.",
        };
        return Task.CompletedTask;
    }
}
