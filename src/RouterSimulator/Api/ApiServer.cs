using System.Collections.Concurrent;
using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;

namespace KimHotspot.RouterSimulator.Api;

/// <summary>The API (TCP) and API-SSL (TLS 1.2) listeners and their connections.</summary>
internal sealed class ApiServer(SimulatedRouter router) : IAsyncDisposable
{
    private readonly ConcurrentDictionary<int, ApiConnection> _connections = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly List<Task> _loops = [];
    private TcpListener? _plain;
    private TcpListener? _tls;
    private int _nextId;

    public int Port { get; private set; }

    public int SslPort { get; private set; }

    public X509Certificate2? Certificate { get; private set; }

    public void Start()
    {
        var options = router.Options;
        var address = IPAddress.Parse(options.BindAddress);
        _plain = new TcpListener(address, Math.Max(options.ApiPort, 0));
        _plain.Start();
        Port = ((IPEndPoint)_plain.LocalEndpoint).Port;
        EngineLog.Listening(router.Logger, "api", options.BindAddress, Port);
        _loops.Add(AcceptLoopAsync(_plain, tls: false));

        if (options.ApiSslPort != 0)
        {
            Certificate = SelfSignedCertificate.Create(options.BindAddress);
            _tls = new TcpListener(address, Math.Max(options.ApiSslPort, 0));
            _tls.Start();
            SslPort = ((IPEndPoint)_tls.LocalEndpoint).Port;
            EngineLog.Listening(router.Logger, "api-ssl", options.BindAddress, SslPort);
            _loops.Add(AcceptLoopAsync(_tls, tls: true));
        }
    }

    /// <summary>Closes every connection without a word (reboot). Returns how many were open.</summary>
    public int DropAll()
    {
        int count = 0;
        foreach (var connection in _connections.Values)
        {
            connection.Abort();
            count++;
        }

        return count;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        _plain?.Stop();
        _tls?.Stop();
        DropAll();
        await Task.WhenAll(_loops).ConfigureAwait(false);
        Certificate?.Dispose();
        _stop.Dispose();
    }

    private async Task AcceptLoopAsync(TcpListener listener, bool tls)
    {
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                var socket = await listener.AcceptSocketAsync(_stop.Token).ConfigureAwait(false);
                _ = ServeAsync(socket, tls);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
        {
            // Listener stopped.
        }
    }

    private async Task ServeAsync(Socket socket, bool tls)
    {
        int id = Interlocked.Increment(ref _nextId);
        socket.NoDelay = true;
        Stream stream = new NetworkStream(socket, ownsSocket: true);
        try
        {
            if (tls)
            {
                var ssl = new SslStream(stream, leaveInnerStreamOpen: false);
                stream = ssl;
                await ssl.AuthenticateAsServerAsync(new SslServerAuthenticationOptions
                {
                    ServerCertificate = Certificate,
                    EnabledSslProtocols = SslProtocols.Tls12,
                    ClientCertificateRequired = false,
                }, _stop.Token).ConfigureAwait(false);
            }

            var connection = new ApiConnection(id, stream, router);
            _connections[id] = connection;
            EngineLog.ConnectionOpened(router.Logger, id, socket.RemoteEndPoint?.ToString());
            await connection.RunAsync().ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or AuthenticationException or OperationCanceledException or ObjectDisposedException)
        {
            EngineLog.ConnectionFailed(router.Logger, id, e);
        }
        finally
        {
            _connections.TryRemove(id, out _);
            await stream.DisposeAsync().ConfigureAwait(false);
            EngineLog.ConnectionClosed(router.Logger, id);
        }
    }
}
