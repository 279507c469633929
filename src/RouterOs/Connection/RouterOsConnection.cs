using System.Buffers;
using System.Collections.Concurrent;
using System.Globalization;
using System.Net.Sockets;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace KimHotspot.RouterOs.Connection;

/// <summary>
/// One logged-in RouterOS API session over TCP or TLS (reference §1–2). Many commands may run at
/// once: each is tagged, one read loop routes replies by <c>.tag</c>, writes are whole sentences.
/// When the router sends <c>!fatal</c>, closes the socket or sends garbage, every pending command
/// fails and the connection is dead for good (<see cref="IsConnected"/> false, <see cref="Fault"/>
/// set); use <see cref="RouterOsClient"/> for automatic reconnects.
/// </summary>
/// <example>
/// <code>
/// await using var router = await RouterOsConnection.ConnectAsync(new RouterOsConnectionOptions
/// {
///     Host = "192.168.88.1", UserName = "api", Password = secret,
/// });
/// var users = await router.ExecuteAsync(new RouterOsCommand("/ip/hotspot/user/print"));
/// </code>
/// </example>
public sealed partial class RouterOsConnection : IRouterOsApi, IAsyncDisposable
{
    private static readonly TimeSpan QuitTimeout = TimeSpan.FromSeconds(1);

    private readonly RouterOsConnectionOptions _options;
    private readonly Socket _socket;
    private readonly Stream _stream;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly ConcurrentDictionary<string, PendingCommand> _pending = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private readonly CancellationTokenSource _lifetime = new();
    private readonly TaskCompletionSource _closed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private ArrayBufferWriter<byte> _writeBuffer = new(256);
    private PendingCommand? _untagged;
    private RouterOsException? _fault;
    private Task _readLoop = Task.CompletedTask;
    private long _lastTag;
    private int _disposed;

    private RouterOsConnection(RouterOsConnectionOptions options, Socket socket, Stream stream, TimeProvider time)
    {
        _options = options;
        _socket = socket;
        _stream = stream;
        _time = time;
        _logger = (options.LoggerFactory ?? NullLoggerFactory.Instance).CreateLogger<RouterOsConnection>();
        Endpoint = $"{options.Host}:{options.EffectivePort}";
    }

    /// <summary><c>host:port</c> of the router.</summary>
    public string Endpoint { get; }

    /// <summary>True until the connection fails or is disposed.</summary>
    public bool IsConnected => Volatile.Read(ref _fault) is null;

    /// <summary>Why the connection ended (<c>!fatal</c> reason, end of stream, protocol error, disposal), or null.</summary>
    public RouterOsException? Fault => Volatile.Read(ref _fault);

    /// <summary>Completes (never faults) when the connection has ended; then see <see cref="Fault"/>.</summary>
    public Task Completion => _closed.Task;

    /// <summary>Test hook: every reply sentence, as the read loop parses it.</summary>
    internal event Action<Protocol.Reply>? ReplyReceived;

    /// <summary>Test hook: every command sentence written (command word, tag).</summary>
    internal event Action<string, string?>? CommandSent;

    /// <summary>Connects, negotiates TLS when asked, and logs in (plain or legacy challenge, §2.3).</summary>
    /// <exception cref="RouterOsLoginException">The router refused the credentials.</exception>
    /// <exception cref="RouterOsException">Connect, TLS or login failed or timed out.</exception>
    public static Task<RouterOsConnection> ConnectAsync(
        RouterOsConnectionOptions options, CancellationToken cancellationToken = default) =>
        ConnectAsync(options, challengeOnly: false, cancellationToken);

    /// <summary>Connects; <paramref name="challengeOnly"/> forces the pre-6.43 login (tests).</summary>
    internal static async Task<RouterOsConnection> ConnectAsync(
        RouterOsConnectionOptions options, bool challengeOnly, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var time = options.TimeProvider ?? TimeProvider.System;
        var (socket, stream) = await Transport.OpenAsync(options, time, cancellationToken).ConfigureAwait(false);
        var connection = new RouterOsConnection(options, socket, stream, time);
        connection._readLoop = Task.Run(connection.ReadLoopAsync, CancellationToken.None);
        try
        {
            var method = await Login.RunAsync(connection, options, time, challengeOnly, cancellationToken).ConfigureAwait(false);
            Log.Connected(connection._logger, connection.Endpoint, options.UserName, method, options.UseTls);
            return connection;
        }
        catch
        {
            await connection.CloseAsync(sendQuit: false).ConfigureAwait(false);
            throw;
        }
    }

    /// <inheritdoc />
    public Task<RouterOsResponse> ExecuteAsync(RouterOsCommand command, CancellationToken cancellationToken = default) =>
        RunAsync(command, tagged: true, _options.CommandTimeout, cancellationToken);

    /// <summary>Sends <c>/quit</c> (best effort, short wait), closes the socket and fails pending commands.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            await CloseAsync(sendQuit: true).ConfigureAwait(false);
        }
    }

    private string NextTag() => Interlocked.Increment(ref _lastTag).ToString(CultureInfo.InvariantCulture);

    private async Task CloseAsync(bool sendQuit)
    {
        if (sendQuit && IsConnected)
        {
            try
            {
                using var scope = new TimeoutScope(QuitTimeout, _time, CancellationToken.None);
                await SendAsync(["/quit"], tag: null, scope.Token).ConfigureAwait(false);
                await _closed.Task.WaitAsync(QuitTimeout, _time).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is RouterOsException or OperationCanceledException or TimeoutException)
            {
                Log.QuitIgnored(_logger, Endpoint, ex.Message);
            }
        }

        Fail(new RouterOsException($"The connection to {Endpoint} was closed by this client.", isTransient: true), endOfStream: false);
        await _readLoop.ConfigureAwait(false);
        await _stream.DisposeAsync().ConfigureAwait(false);
        _socket.Dispose();
    }
}
