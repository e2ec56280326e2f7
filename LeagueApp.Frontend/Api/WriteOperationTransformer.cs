using LeagueApp.AspNetCore.Security;
using LeagueApp.Contracts;
using LeagueApp.Frontend.Backends;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace LeagueApp.Frontend.Api;

// Operations with ApiKeyRequiredMetadata need the X-Api-Key scheme, and the writes among them accept
// an optional Idempotency-Key header; the document says both. (A keyed read: an import's status.)
internal sealed class WriteOperationTransformer : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (!context.Description.ActionDescriptor.EndpointMetadata.OfType<ApiKeyRequiredMetadata>().Any())
        {
            return Task.CompletedTask;
        }

        operation.Security ??= [];
        operation.Security.Add(new OpenApiSecurityRequirement
        {
            [new OpenApiSecuritySchemeReference(ApiDocumentTransformer.ApiKeyScheme, context.Document)] = [],
        });
        if (HttpMethods.IsGet(context.Description.HttpMethod ?? ""))
        {
            return Task.CompletedTask;
        }

        operation.Parameters ??= [];
        operation.Parameters.Add(new OpenApiParameter
        {
            Name = IdempotencyHeader.Name,
            In = ParameterLocation.Header,
            Required = false,
            Description = "Makes a retry safe: the same key with the same request within 24 hours answers as the first "
                + "time and changes nothing more; with a different request it is refused (422).",
            Schema = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = 128 },
        });
        return Task.CompletedTask;
    }
}
