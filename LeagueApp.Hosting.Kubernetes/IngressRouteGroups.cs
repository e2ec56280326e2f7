namespace LeagueApp.Hosting.Kubernetes;

/// <summary>
/// A public workload's ingress routes in the order a gateway must try them: routes the mesh may retry,
/// then the rest. A route retried for safe methods only appears twice: with a method match in the
/// first group, and without one in the second, which takes every other method.
/// </summary>
internal sealed record IngressRouteGroups(IReadOnlyList<IngressMatch> Retried, IReadOnlyList<IngressMatch> NotRetried)
{
    public static IngressRouteGroups Of(Workload workload)
    {
        var retried = new List<IngressMatch>();
        var notRetried = new List<IngressMatch>();
        foreach (var route in workload.Options.IngressRoutes)
        {
            switch (route.Retries)
            {
                case IngressRetries.Always:
                    retried.Add(new IngressMatch(route, SafeMethodsOnly: false));
                    break;
                case IngressRetries.SafeMethodsOnly:
                    retried.Add(new IngressMatch(route, SafeMethodsOnly: true));
                    notRetried.Add(new IngressMatch(route, SafeMethodsOnly: false));
                    break;
                default:
                    notRetried.Add(new IngressMatch(route, SafeMethodsOnly: false));
                    break;
            }
        }

        return new IngressRouteGroups(retried, notRetried);
    }

    /// <summary>The groups that hold a route, in the order a gateway tries them, each with whether the mesh retries it.</summary>
    public IEnumerable<(IReadOnlyList<IngressMatch> Matches, bool Retry)> NonEmpty() =>
        new[] { (Retried, true), (NotRetried, false) }.Where(group => group.Item1.Count > 0);
}

/// <summary>One path match of a gateway route; with <see cref="SafeMethodsOnly"/>, for GET and HEAD only.</summary>
internal sealed record IngressMatch(IngressRoute Route, bool SafeMethodsOnly);
