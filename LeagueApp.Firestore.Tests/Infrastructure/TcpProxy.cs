using System.Net;
using System.Net.Sockets;

namespace LeagueApp.Firestore.Tests.Infrastructure;

/// <summary>
/// Forwards loopback TCP connections to another endpoint, and can cut them: a network between the
/// client and Firestore that fails and comes back.
/// </summary>
internal sealed class TcpProxy : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly Uri _target;
    private readonly List<Socket> _sockets = [];
    private readonly CancellationTokenSource _stop = new();
    private bool _down;

    public TcpProxy(Uri target)
    {
        _target = target;
        _listener.Start();
        Endpoint = new Uri($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}");
        _ = AcceptForeverAsync();
    }

    public Uri Endpoint { get; }

    /// <summary>Breaks every open connection and turns new ones away until <see cref="Restore"/>.</summary>
    public void Cut()
    {
        lock (_sockets)
        {
            _down = true;
            _sockets.ForEach(socket => socket.Dispose());
            _sockets.Clear();
        }
    }

    public void Restore()
    {
        lock (_sockets)
        {
            _down = false;
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
        Cut();
        _stop.Dispose();
    }

    private async Task AcceptForeverAsync()
    {
        try
        {
            while (true)
            {
                _ = ForwardAsync(await _listener.AcceptSocketAsync(_stop.Token));
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
        {
            // Stopped.
        }
    }

    private async Task ForwardAsync(Socket client)
    {
        var upstream = new Socket(SocketType.Stream, ProtocolType.Tcp);
        lock (_sockets)
        {
            // Checked under the lock Cut takes, so a connection accepted while it runs cannot outlive the cut.
            if (_down)
            {
                client.Dispose();
                upstream.Dispose();
                return;
            }

            _sockets.Add(client);
            _sockets.Add(upstream);
        }

        try
        {
            await upstream.ConnectAsync(_target.Host, _target.Port, _stop.Token);
            await Task.WhenAny(PumpAsync(client, upstream), PumpAsync(upstream, client));
        }
        catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
        {
            // Cut or stopped.
        }
        finally
        {
            client.Dispose();
            upstream.Dispose();
        }
    }

    private async Task PumpAsync(Socket from, Socket to)
    {
        var buffer = new byte[16 * 1024];
        try
        {
            int read;
            while ((read = await from.ReceiveAsync(buffer, _stop.Token)) > 0)
            {
                await to.SendAsync(buffer.AsMemory(0, read), _stop.Token);
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
        {
            // Either side went away.
        }
    }
}
