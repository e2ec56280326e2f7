namespace LeagueApp.Frontend.Web;

// The web page at "/": static files from wwwroot that talk to /api only. They go through the same
// edge limits as the API, and are served only where no endpoint matched, so no route is shadowed.
public static class WebPageExtensions
{
    // Everything the page loads comes from this origin; nothing inline, nothing from a CDN.
    private const string ContentSecurityPolicy =
        "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public static WebApplication UseWebPage(this WebApplication app)
    {
        app.UseDefaultFiles();
        app.UseStaticFiles(new StaticFileOptions
        {
            OnPrepareResponse = context =>
            {
                var headers = context.Context.Response.Headers;
                headers.ContentSecurityPolicy = ContentSecurityPolicy;
                headers.XContentTypeOptions = "nosniff";
                // Revalidated on every load (ETag), so a new version shows at once and an unchanged one costs a 304.
                headers.CacheControl = "no-cache";
            },
        });
        return app;
    }
}
