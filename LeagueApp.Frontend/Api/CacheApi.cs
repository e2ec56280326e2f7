using LeagueApp.Contracts.Security;
using LeagueApp.Frontend.Backends;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LeagueApp.Frontend.Api;

// Writes that do not come through the frontend (the dashboard's data commands) empty its read
// cache and stats' here, so the next read shows them. An operation, not part of the public API.
public static class CacheApi
{
    public static IEndpointRouteBuilder MapCacheApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/cache/evict", EvictAsync).RequireApiKey().ExcludeFromDescription();
        return app;
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> EvictAsync(LeagueGateway league, CancellationToken ct) =>
        await league.EvictCachesAsync(ct)
            ? TypedResults.NoContent()
            : TypedResults.Problem(
                "This frontend's cache is empty, but the stats service's could not be reached; it expires by itself within seconds.",
                statusCode: StatusCodes.Status503ServiceUnavailable,
                title: "Stats cache not evicted");
}
