using LeagueApp.Contracts.Security;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;

namespace LeagueApp.Stats;

// Reads are served from ASP.NET Core's output cache, so a table or ranking costs a Firestore round
// trip once per lifetime, not once per request. Writes evict it through POST /cache/evict.
public static class ReadCache
{
    public const string PolicyName = "league-reads";
    private const string Tag = "league";

    public static IHostApplicationBuilder AddReadCache(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOutputCache();
        builder.Services.AddOptions<OutputCacheOptions>().Configure<IOptions<StatsOptions>>((cache, stats) =>
            cache.AddPolicy(PolicyName, policy => policy.Expire(stats.Value.CacheLifetime).Tag(Tag)));
        return builder;
    }

    public static IEndpointRouteBuilder MapReadCacheApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/cache/evict", async (IOutputCacheStore cache, CancellationToken ct) =>
        {
            await cache.EvictByTagAsync(Tag, ct);
            return TypedResults.NoContent();
        }).RequireApiKey();
        return app;
    }
}
