using System.Net;
using System.Net.Sockets;

namespace LeagueApp.Firestore.Tests.Infrastructure;

internal static class LoopbackPorts
{
    /// <summary>A port nothing listens on right now (the OS picks it, then it is released).</summary>
    public static int FindFree()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
