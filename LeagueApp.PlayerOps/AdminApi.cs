using LeagueApp.AspNetCore.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LeagueApp.PlayerOps;

// Operations for developers, driven by the Aspire dashboard's commands. Never public: the frontend
// does not route here, and every call needs the API key.
public static class AdminApi
{
    public const string ReseedPath = "/admin/reseed";

    public static IEndpointRouteBuilder MapAdminApi(this IEndpointRouteBuilder app)
    {
        app.MapPost(ReseedPath, ReseedAsync).RequireApiKey();
        return app;
    }

    // The startup seeder's own path: an empty database gets the 2018/19 season, a filled one is left alone.
    private static async Task<Ok<SeedOutcome>> ReseedAsync(LeagueSeeder seeder, CancellationToken ct) =>
        TypedResults.Ok(new SeedOutcome(await seeder.SeedIfEmptyAsync(ct)));
}
