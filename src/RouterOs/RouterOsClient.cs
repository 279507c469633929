using System.Runtime.CompilerServices;
using KimHotspot.RouterOs.Connection;
using KimHotspot.RouterOs.Reconnect;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace KimHotspot.RouterOs;

/// <summary>
/// A RouterOS API client that keeps one <see cref="RouterOsConnection"/> alive: it connects lazily
/// (or on <see cref="StartAsync"/>), and after a drop or a failed attempt tries again with
/// exponential backoff and jitter. Commands are never retried automatically (an <c>add</c> may have
/// run); a command issued while disconnected waits for the next connection up to
/// <see cref="RouterOsConnectionOptions.CommandTimeout"/>.
/// </summary>
public sealed partial class RouterOsClient : IRouterOsApi, IAsyncDisposable
{
    private readonly RouterOsConnectionOptions _options;
    private readonly RouterOsReconnectOptions _reconnect;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly CancellationTokenSource _stop = new();
    private readonly TaskCompletionSource _firstAttempt = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Lock _gate = new();
    private TaskCompletionSource<RouterOsConnection> _ready = NewReady();
    private RouterOsConnection? _connection;
    private Task? _loop;
    private int _disposed;

    /// <summary>Creates a client; nothing connects until <see cref="StartAsync"/> or the first command.</summary>
    public RouterOsClient(RouterOsConnectionOptions options, RouterOsReconnectOptions? reconnect = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        reconnect ??= new RouterOsReconnectOptions();
        reconnect.Validate();
        _options = options;
        _reconnect = reconnect;
        _time = options.TimeProvider ?? TimeProvider.System;
        _logger = (options.LoggerFactory ?? NullLoggerFactory.Instance).CreateLogger<RouterOsClient>();
        Endpoint = $"{options.Host}:{options.EffectivePort}";
        StateSince = _time.GetUtcNow();
    }

    /// <summary><c>host:port</c> of the router.</summary>
    public string Endpoint { get; }

    /// <summary>The current state.</summary>
    public RouterOsClientState State { get; private set; }

    /// <summary>When <see cref="State"/> last changed.</summary>
    public DateTimeOffset StateSince { get; private set; }

    /// <summary>The error of the last failed attempt or lost connection; null after a successful connect.</summary>
    public Exception? LastError { get; private set; }

    /// <summary>Raised on every state change, on the client's background task (keep handlers short).</summary>
    public event EventHandler<RouterOsClientStateChangedEventArgs>? StateChanged;

    /// <summary>
    /// Starts connecting and returns when the first attempt has finished, successfully or not. A failed
    /// attempt does not throw: the client keeps retrying; see <see cref="State"/> and <see cref="LastError"/>.
    /// </summary>
    public Task StartAsync(CancellationToken cancellationToken = default)
    {
        EnsureStarted();
        return _firstAttempt.Task.WaitAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task<RouterOsResponse> ExecuteAsync(RouterOsCommand command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        var connection = await GetConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await connection.ExecuteAsync(command, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<RouterOsRow> StreamAsync(
        RouterOsCommand command, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        var connection = await GetConnectionAsync(cancellationToken).ConfigureAwait(false);
        await foreach (var row in connection.StreamAsync(command, cancellationToken).ConfigureAwait(false))
        {
            yield return row;
        }
    }

    /// <summary>Stops reconnecting and closes the current connection (sending <c>/quit</c>).</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        await _stop.CancelAsync().ConfigureAwait(false);
        if (_loop is { } loop)
        {
            await loop.ConfigureAwait(false);
        }

        RouterOsConnection? connection;
        lock (_gate)
        {
            connection = _connection;
            _connection = null;
            _ready.TrySetException(new ObjectDisposedException(nameof(RouterOsClient)));
        }

        if (connection is not null)
        {
            await connection.DisposeAsync().ConfigureAwait(false);
        }

        _firstAttempt.TrySetResult();
        SetState(RouterOsClientState.Disconnected, null);
    }

    private async Task<RouterOsConnection> GetConnectionAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        EnsureStarted();
        Task<RouterOsConnection> ready;
        lock (_gate)
        {
            if (_connection is { } current)
            {
                if (current.IsConnected)
                {
                    return current;
                }

                // Dropped, and the loop has not noticed yet: wait for the next connection instead.
                _connection = null;
                if (_ready.Task.IsCompleted)
                {
                    _ready = NewReady();
                }
            }

            if (State == RouterOsClientState.Faulted && LastError is RouterOsException { IsTransient: false } permanent)
            {
                throw NotConnected(permanent, isTransient: false);
            }

            ready = _ready.Task;
        }

        try
        {
            return await ready.WaitAsync(_options.CommandTimeout, _time, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            throw NotConnected(LastError, isTransient: true);
        }
    }

    private RouterOsException NotConnected(Exception? error, bool isTransient) =>
        new($"Not connected to {Endpoint} ({State}): {error?.Message ?? "still connecting"}", isTransient, error);

    private void EnsureStarted()
    {
        lock (_gate)
        {
            _loop ??= Task.Run(RunAsync, CancellationToken.None);
        }
    }

    private static TaskCompletionSource<RouterOsConnection> NewReady() =>
        new(TaskCreationOptions.RunContinuationsAsynchronously);
}
