namespace LeagueApp.Hosting.Kubernetes;

/// <summary>A path of a public service that the ingress gateway routes to it, and whether the mesh may retry it.</summary>
public sealed record IngressRoute(string Path, IngressPathMatch Match, IngressRetries Retries)
{
    public static IngressRoute Exact(string path, IngressRetries retries) => new(path, IngressPathMatch.Exact, retries);

    public static IngressRoute Prefix(string path, IngressRetries retries) => new(path, IngressPathMatch.Prefix, retries);

    /// <summary>
    /// The routes to what a web root serves, read from the folder when the manifests are generated, so
    /// a new file or folder is routed without a change here: "/" (the default document), each file at
    /// the top exactly, each folder by prefix. Static files only answer reads, so they may be retried.
    /// </summary>
    public static IReadOnlyList<IngressRoute> StaticFiles(string webRoot, string defaultDocument = "index.html")
    {
        if (!Directory.Exists(webRoot))
        {
            throw new DirectoryNotFoundException($"The web root '{webRoot}' does not exist: there are no static files to route.");
        }

        var routes = new List<IngressRoute>();
        if (File.Exists(System.IO.Path.Combine(webRoot, defaultDocument)))
        {
            routes.Add(Exact("/", IngressRetries.Always));
        }

        routes.AddRange(Directory.EnumerateFiles(webRoot).Select(System.IO.Path.GetFileName).Order(StringComparer.Ordinal)
            .Select(file => Exact($"/{file}", IngressRetries.Always)));
        routes.AddRange(Directory.EnumerateDirectories(webRoot).Select(System.IO.Path.GetFileName).Order(StringComparer.Ordinal)
            .Select(folder => Prefix($"/{folder}/", IngressRetries.Always)));
        return routes;
    }
}

public enum IngressPathMatch
{
    Exact,
    Prefix,
}

/// <summary>Retries are safe only for requests that change nothing; a route's path alone may not tell (a legacy GET that writes).</summary>
public enum IngressRetries
{
    None,
    Always,
    SafeMethodsOnly,
}
