using System.IO.Pipelines;
using KimHotspot.RouterOs;
using KimHotspot.RouterOs.Protocol;
using KimHotspot.RouterSimulator.Model;

namespace KimHotspot.RouterSimulator.Api;

/// <summary>
/// One API connection: pre-login → logged in → closing. Sentences are read in one loop; ordinary
/// commands run inline, streaming commands (listen, monitor-traffic) run beside it until cancelled.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "Lives as long as its socket; the token source has no wait handle to release.")]
internal sealed partial class ApiConnection
{
    /// <summary>Sentences a client may send before logging in; one more ends in <c>!fatal</c>.</summary>
    public const int MaxPreLoginSentences = 10;

    private readonly Stream _stream;
    private readonly SimulatedRouter _router;
    private readonly CancellationTokenSource _closing = new();
    private readonly LoginHandler _login;
    private readonly List<RunningCommand> _running = [];
    private bool _loggedIn;
    private int _preLoginSentences;

    public ApiConnection(int id, Stream stream, SimulatedRouter router)
    {
        Id = id;
        _stream = stream;
        _router = router;
        _login = new LoginHandler(router);
        Writer = new ReplyWriter(stream, id, router, Abort);
    }

    public int Id { get; }

    public ReplyWriter Writer { get; }

    private CancellationToken Closing => _closing.Token;

    public async Task RunAsync()
    {
        var pipe = PipeReader.Create(_stream, new StreamPipeReaderOptions(leaveOpen: true));
        var reader = new SentenceReader();
        try
        {
            while (!Closing.IsCancellationRequested)
            {
                var result = await pipe.ReadAsync(Closing).ConfigureAwait(false);
                var buffer = result.Buffer;
                while (!Closing.IsCancellationRequested && reader.TryRead(ref buffer, out var sentence))
                {
                    await HandleAsync(sentence).ConfigureAwait(false);
                }

                pipe.AdvanceTo(buffer.Start, buffer.End);
                if (result.IsCompleted)
                {
                    break;
                }
            }
        }
        catch (Exception e) when (e is OperationCanceledException or IOException or ObjectDisposedException or RouterOsProtocolException)
        {
            // Closed by us (quit, fatal, reboot), by the client, or garbage on the wire: the connection ends.
        }
        finally
        {
            await pipe.CompleteAsync().ConfigureAwait(false);
            Abort();
        }
    }

    /// <summary>Closes the connection at once, without any reply (reboot, fault injection).</summary>
    public void Abort()
    {
        if (_closing.IsCancellationRequested)
        {
            return;
        }

        _closing.Cancel();
        _stream.Dispose();
    }

    private async Task HandleAsync(Sentence sentence)
    {
        var request = ApiRequest.Parse(sentence);
        _router.Transcript.Record(Id, fromClient: true, sentence.ToStrings().Select(Wire.FromText).ToArray());
        EngineLog.Command(_router.Logger, Id, request.Command);

        if (TakeFatalNext() is { } text)
        {
            await FatalAsync(text).ConfigureAwait(false);
            return;
        }

        if (!_loggedIn)
        {
            await HandlePreLoginAsync(request).ConfigureAwait(false);
            return;
        }

        switch (request.Command)
        {
            case "/quit":
                await FatalAsync("session terminated on request").ConfigureAwait(false);
                break;
            case "/cancel":
                await CancelAsync(request).ConfigureAwait(false);
                break;
            case "/login":
                await Writer.WriteAsync(Replies.Done(request.Tag), Closing).ConfigureAwait(false);
                break;
            default:
                await new CommandDispatcher(this, _router).RunAsync(request).ConfigureAwait(false);
                break;
        }
    }

    private async Task HandlePreLoginAsync(ApiRequest request)
    {
        if (++_preLoginSentences > MaxPreLoginSentences)
        {
            await FatalAsync("too many commands before login").ConfigureAwait(false);
            return;
        }

        if (request.Command == "/quit")
        {
            await FatalAsync("session terminated on request").ConfigureAwait(false);
            return;
        }

        if (request.Command != "/login")
        {
            await FatalAsync("not logged in").ConfigureAwait(false);
            return;
        }

        var (replies, loggedIn, failed) = _login.Handle(request);
        string user = request.Get("name") ?? string.Empty;
        if (loggedIn)
        {
            EngineLog.LoginSucceeded(_router.Logger, Id, Wire.ToText(user));
        }
        else if (failed)
        {
            EngineLog.LoginFailed(_router.Logger, Id, Wire.ToText(user));
        }

        await Writer.WriteAsync(replies, Closing).ConfigureAwait(false);
        _loggedIn = loggedIn;
        if (failed && _router.Faults.CloseAfterFailedLogin)
        {
            Abort();
        }
    }

    /// <summary><c>!fatal</c> + reason, then close.</summary>
    public async Task FatalAsync(string reason)
    {
        EngineLog.Fatal(_router.Logger, Id, reason);
        try
        {
            await Writer.WriteAsync(Replies.Fatal(reason), Closing).ConfigureAwait(false);
        }
        finally
        {
            Abort();
        }
    }

    private string? TakeFatalNext()
    {
        var faults = _router.Faults;
        lock (faults)
        {
            var text = faults.FatalNext;
            faults.FatalNext = null;
            return text;
        }
    }
}
