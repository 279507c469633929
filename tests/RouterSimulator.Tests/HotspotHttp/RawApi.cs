using System.Buffers;
using System.Net.Sockets;
using KimHotspot.RouterOs.Protocol;

namespace KimHotspot.RouterSimulator.Tests.HotspotHttp;

/// <summary>
/// Just enough of an API client (our codec over a socket) to prepare hotspot users for the
/// browser-login tests: log in, run one command, read until <c>!done</c>.
/// </summary>
internal sealed class RawApi : IAsyncDisposable
{
    private readonly TcpClient _tcp = new();
    private readonly SentenceReader _reader = new();
    private readonly byte[] _chunk = new byte[4096];
    private byte[] _pending = [];
    private NetworkStream? _stream;

    public static async Task<RawApi> LoginAsync(int port, string user, string password)
    {
        var api = new RawApi();
        await api._tcp.ConnectAsync("127.0.0.1", port);
        api._stream = api._tcp.GetStream();
        var reply = await api.RunAsync("/login", $"=name={user}", $"=password={password}");
        Assert.DoesNotContain(reply, s => s[0] == "!trap");
        return api;
    }

    /// <summary>Adds a hotspot user (reference §4.4) and checks the router said <c>!done</c> without a trap.</summary>
    public static async Task AddHotspotUserAsync(SimulatedRouter router, string name, string password)
    {
        await using var api = await LoginAsync(router.ApiPort, router.Options.User, router.Options.Password!);
        var reply = await api.RunAsync("/ip/hotspot/user/add", $"=name={name}", $"=password={password}");
        Assert.DoesNotContain(reply, s => s[0] == "!trap");
    }

    public async Task<List<string[]>> RunAsync(params string[] words)
    {
        await _stream!.WriteAsync(SentenceWriter.Encode(words));
        var sentences = new List<string[]>();
        while (true)
        {
            var sentence = await ReadSentenceAsync();
            sentences.Add(sentence);
            if (sentence[0] is "!done" or "!fatal")
            {
                return sentences;
            }
        }
    }

    private async Task<string[]> ReadSentenceAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (true)
        {
            var buffer = new ReadOnlySequence<byte>(_pending);
            if (_reader.TryRead(ref buffer, out var sentence))
            {
                _pending = buffer.ToArray();
                return Enumerable.Range(0, sentence.Count).Select(sentence.GetString).ToArray();
            }

            int n = await _stream!.ReadAsync(_chunk, timeout.Token);
            if (n == 0)
            {
                throw new IOException("the router closed the connection");
            }

            _pending = [.. _pending, .. _chunk.AsSpan(0, n)];
        }
    }

    public ValueTask DisposeAsync()
    {
        _tcp.Dispose();
        return ValueTask.CompletedTask;
    }
}
