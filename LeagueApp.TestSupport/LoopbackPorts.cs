using System.Net;
using System.Net.Sockets;

namespace LeagueApp.TestSupport;

public static class LoopbackPorts
{
    /// <summary>A port that is free on 127.0.0.1 right now (the OS picks it, then it is released).</summary>
    public static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
