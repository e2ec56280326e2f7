using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace LeagueApp.AspNetCore.Security;

// Lets requests to endpoints marked with ApiKeyRequiredMetadata through only with the configured
// key in the X-Api-Key header. It runs before the body is read, so an anonymous client cannot
// make a write endpoint parse anything.
internal sealed class ApiKeyMiddleware(RequestDelegate next, IOptions<ApiKeyOptions> options)
{
    private readonly byte[] _expectedHash = SHA256.HashData(Encoding.UTF8.GetBytes(options.Value.ApiKey));

    public async Task InvokeAsync(HttpContext context)
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<ApiKeyRequiredMetadata>() is null)
        {
            await next(context);
            return;
        }

        var presented = context.Request.Headers[ApiKeyOptions.HeaderName].ToString();
        if (presented.Length > 0 && Matches(presented))
        {
            await next(context);
            return;
        }

        context.Response.Headers.WWWAuthenticate = $"ApiKey header=\"{ApiKeyOptions.HeaderName}\"";
        await TypedResults.Problem(
            presented.Length == 0
                ? $"This operation changes data and needs an API key in the {ApiKeyOptions.HeaderName} header."
                : "The API key is not valid.",
            statusCode: StatusCodes.Status401Unauthorized,
            title: "API key required").ExecuteAsync(context);
    }

    // Hashing first gives equal lengths, so the comparison time says nothing about the key.
    private bool Matches(string presented) =>
        CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(presented)), _expectedHash);
}
