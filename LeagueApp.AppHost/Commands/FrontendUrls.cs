namespace LeagueApp.AppHost.Commands;

// Links on the frontend's row in the dashboard: the web page, and the API reference (Scalar), which
// the frontend serves in Development, the environment of a local run.
public static class FrontendUrls
{
    public const string ApiReferenceText = "API reference";
    public const string ApiReferencePath = "/scalar/v1";

    public static IResourceBuilder<ProjectResource> WithWebPageAndApiReferenceUrls(this IResourceBuilder<ProjectResource> frontend) =>
        frontend
            .WithUrlForEndpoint("http", url => url.DisplayText = "Web page")
            .WithUrlForEndpoint("http", endpoint => new ResourceUrlAnnotation { Url = endpoint.Url + ApiReferencePath, DisplayText = ApiReferenceText });
}
