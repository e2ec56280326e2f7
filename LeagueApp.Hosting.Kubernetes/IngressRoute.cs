namespace Aspire.Hosting.ApplicationModel;

/// <summary>A path of a public service that the ingress gateway routes to it, and whether the mesh may retry it.</summary>
public sealed record IngressRoute(string Path, IngressPathMatch Match, IngressRetries Retries)
{
    public static IngressRoute Exact(string path, IngressRetries retries) => new(path, IngressPathMatch.Exact, retries);

    public static IngressRoute Prefix(string path, IngressRetries retries) => new(path, IngressPathMatch.Prefix, retries);
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
