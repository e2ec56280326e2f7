namespace LeagueApp.Frontend.Backends;

/// <summary>Where the other frontends can reach this one (<see cref="CachePeers"/>).</summary>
public static class PeerAddress
{
    /// <summary>The configuration key of the pod's IP, which the cluster's Deployment sets from the downward API.</summary>
    public const string PodIpKey = "POD_IP";

    /// <summary>
    /// The first plain-HTTP address the server is bound to, on <paramref name="podIp"/> when given (in
    /// the cluster the server listens on every interface); else only a loopback one, as on a developer's
    /// machine. Null when neither: the other frontends then wait for this one's lease instead.
    /// </summary>
    public static string? Find(IEnumerable<string> boundAddresses, string? podIp)
    {
        foreach (var bound in boundAddresses)
        {
            // Kestrel reports "every interface" as + or *, which is no host name.
            var address = bound.Replace("://+", "://0.0.0.0", StringComparison.Ordinal).Replace("://*", "://0.0.0.0", StringComparison.Ordinal);
            if (!Uri.TryCreate(address, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttp)
            {
                continue;
            }

            if (!string.IsNullOrEmpty(podIp))
            {
                return new UriBuilder(uri.Scheme, podIp, uri.Port).Uri.GetLeftPart(UriPartial.Authority);
            }

            if (uri.IsLoopback)
            {
                return uri.GetLeftPart(UriPartial.Authority);
            }
        }

        return null;
    }
}
