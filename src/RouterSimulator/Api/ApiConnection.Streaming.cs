using KimHotspot.RouterSimulator.Model;

namespace KimHotspot.RouterSimulator.Api;

/// <summary>Streaming commands and <c>/cancel</c> (reference §1.6).</summary>
internal sealed partial class ApiConnection
{
    /// <summary>
    /// Starts a streaming command: <paramref name="body"/> writes rows until its token is cancelled.
    /// On <c>/cancel</c> it answers <c>!trap =category=2 =message=interrupted</c>, then <c>!done</c>.
    /// </summary>
    public void StartStreaming(string? tag, Func<CancellationToken, Task> body, Action? cleanup = null)
    {
        var command = new RunningCommand(tag, Closing);
        lock (_running)
        {
            _running.Add(command);
        }

        _ = RunStreamingAsync(command, body, cleanup);
    }

    private async Task RunStreamingAsync(RunningCommand command, Func<CancellationToken, Task> body, Action? cleanup)
    {
        try
        {
            await body(command.Cancellation.Token).ConfigureAwait(false);
            await Writer.WriteAsync(Replies.Done(command.Tag), Closing).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (command.CancelledByClient && !Closing.IsCancellationRequested)
        {
            await Writer.WriteAsync(Replies.Trap("interrupted", 2, command.Tag), Closing).ConfigureAwait(false);
            command.TrapWritten.TrySetResult();
            await command.CancelDone.Task.WaitAsync(Closing).ConfigureAwait(false);
            await Writer.WriteAsync(Replies.Done(command.Tag), Closing).ConfigureAwait(false);
        }
        catch (ApiTrap trap) when (!Closing.IsCancellationRequested)
        {
            await Writer.WriteAsync(Replies.Failure(trap, command.Tag), Closing).ConfigureAwait(false);
        }
        catch (Exception e) when (e is OperationCanceledException or IOException or ObjectDisposedException)
        {
            // The connection is closing: nothing more to say.
        }
        finally
        {
            cleanup?.Invoke();
            command.TrapWritten.TrySetResult();
            lock (_running)
            {
                _running.Remove(command);
            }

            command.Cancellation.Dispose();
        }
    }

    /// <summary><c>/cancel</c> (all running commands) or <c>/cancel =tag=T</c>; never cancels itself.</summary>
    private async Task CancelAsync(ApiRequest request)
    {
        string? target = request.Get("tag");
        List<RunningCommand> victims;
        lock (_running)
        {
            victims = _running.Where(c => target is null || c.Tag == target).ToList();
            foreach (var victim in victims)
            {
                victim.CancelledByClient = true;
                victim.Cancellation.Cancel();
            }
        }

        await Task.WhenAll(victims.Select(v => v.TrapWritten.Task)).WaitAsync(Closing).ConfigureAwait(false);
        await Writer.WriteAsync(Replies.Done(request.Tag), Closing).ConfigureAwait(false);
        foreach (var victim in victims)
        {
            victim.CancelDone.TrySetResult();
        }
    }
}
