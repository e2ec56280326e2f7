using System.Net;
using System.Net.Sockets;

namespace LeagueApp.Manifests.Tests.Infrastructure;

internal static class LoopbackPorts
{
    /// <summary>A port that is free on 127.0.0.1 right now.</summary>
    public static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
