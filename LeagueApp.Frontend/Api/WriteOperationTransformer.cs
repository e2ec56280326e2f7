using LeagueApp.Contracts.Security;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace LeagueApp.Frontend.Api;

// Marks the operations that carry ApiKeyRequiredMetadata as needing the X-Api-Key scheme.
internal sealed class ApiKeyOperationTransformer : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.Description.ActionDescriptor.EndpointMetadata.OfType<ApiKeyRequiredMetadata>().Any())
        {
            operation.Security ??= [];
            operation.Security.Add(new OpenApiSecurityRequirement
            {
                [new OpenApiSecuritySchemeReference(ApiDocumentTransformer.ApiKeyScheme, context.Document)] = [],
            });
        }

        return Task.CompletedTask;
    }
}
