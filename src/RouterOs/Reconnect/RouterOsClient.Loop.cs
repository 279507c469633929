using KimHotspot.RouterOs.Connection;
using KimHotspot.RouterOs.Reconnect;

// Part of RouterOsClient (root namespace); it lives here with the rest of the reconnect code.
namespace KimHotspot.RouterOs;

/// <summary>The background loop: connect, wait for the drop, back off, repeat.</summary>
public sealed partial class RouterOsClient
{
    private async Task RunAsync()
    {
        var stop = _stop.Token;
        int failures = 0;
        while (!stop.IsCancellationRequested)
        {
            SetState(RouterOsClientState.Connecting, LastError);
            RouterOsConnection connection;
            try
            {
                connection = await RouterOsConnection.ConnectAsync(_options, stop).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
            catch (RouterOsException ex)
            {
                failures++;
                var delay = Backoff.Delay(failures, _reconnect, Random.Shared.NextDouble());
                Log.ConnectFailed(_logger, Endpoint, failures, ex.Message, delay);
                var wait = DelayAsync(delay, stop); // timer first, then the event: observers may advance the clock
                OnAttemptFailed(ex);
                if (!await wait.ConfigureAwait(false))
                {
                    return;
                }

                continue;
            }

            failures = 0;
            OnConnected(connection);
            try
            {
                await connection.Completion.WaitAsync(stop).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }

            var pause = DelayAsync(Backoff.Delay(0, _reconnect, Random.Shared.NextDouble()), stop);
            OnDropped(connection);
            await connection.DisposeAsync().ConfigureAwait(false);
            if (!await pause.ConfigureAwait(false))
            {
                return;
            }
        }
    }

    private void OnConnected(RouterOsConnection connection)
    {
        TaskCompletionSource<RouterOsConnection> ready;
        lock (_gate)
        {
            _connection = connection;
            ready = _ready;
        }

        SetState(RouterOsClientState.Connected, null);
        ready.TrySetResult(connection);
        _firstAttempt.TrySetResult();
    }

    private void OnAttemptFailed(RouterOsException error)
    {
        if (!error.IsTransient)
        {
            // Waiters need not sit out their timeout for credentials that will not start working.
            TaskCompletionSource<RouterOsConnection> old;
            lock (_gate)
            {
                old = _ready;
                _ready = NewReady();
            }

            old.TrySetException(NotConnected(error, isTransient: false));
        }

        SetState(RouterOsClientState.Faulted, error);
        _firstAttempt.TrySetResult();
    }

    private void OnDropped(RouterOsConnection connection)
    {
        lock (_gate)
        {
            _connection = null;
            if (_ready.Task.IsCompleted)
            {
                _ready = NewReady();
            }
        }

        SetState(RouterOsClientState.Disconnected, connection.Fault);
    }

    private async Task<bool> DelayAsync(TimeSpan delay, CancellationToken stop)
    {
        try
        {
            await Task.Delay(delay, _time, stop).ConfigureAwait(false);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private void SetState(RouterOsClientState state, Exception? error)
    {
        RouterOsClientState previous;
        lock (_gate)
        {
            previous = State;
            if (previous == state && ReferenceEquals(error, LastError))
            {
                return;
            }

            State = state;
            LastError = error;
            StateSince = _time.GetUtcNow();
        }

        Log.ClientState(_logger, Endpoint, previous, state);
        try
        {
            StateChanged?.Invoke(this, new RouterOsClientStateChangedEventArgs(previous, state, error));
        }
#pragma warning disable CA1031 // A subscriber's bug must not stop reconnecting.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            Log.StateHandlerFailed(_logger, ex);
        }
    }
}
