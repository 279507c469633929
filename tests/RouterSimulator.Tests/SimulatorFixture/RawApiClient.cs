using System.IO.Pipelines;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using KimHotspot.RouterOs.Protocol;

namespace KimHotspot.RouterSimulator.Tests.SimulatorFixture;

/// <summary>
/// A deliberately small raw API client written from the reference (not the RouterOs client library):
/// writes sentences with <see cref="SentenceWriter"/>, reads them with <see cref="SentenceReader"/>.
/// </summary>
internal sealed class RawApiClient : IAsyncDisposable
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(15);

    private readonly TcpClient _tcp;
    private readonly Stream _stream;
    private readonly PipeReader _pipe;
    private readonly SentenceReader _reader = new();

    private RawApiClient(TcpClient tcp, Stream stream)
    {
        _tcp = tcp;
        _stream = stream;
        _pipe = PipeReader.Create(stream, new StreamPipeReaderOptions(leaveOpen: true));
    }

    public Stream Stream => _stream;

    public SslProtocols? TlsProtocol => (_stream as SslStream)?.SslProtocol;

    public static async Task<RawApiClient> ConnectAsync(int port)
    {
        var tcp = new TcpClient();
        await tcp.ConnectAsync("127.0.0.1", port).WaitAsync(Timeout);
        return new RawApiClient(tcp, tcp.GetStream());
    }

    public static async Task<RawApiClient> ConnectTlsAsync(int port, X509Certificate2 expected)
    {
        var tcp = new TcpClient();
        await tcp.ConnectAsync("127.0.0.1", port).WaitAsync(Timeout);
        var ssl = new SslStream(tcp.GetStream(), false, (_, cert, _, _) => cert is not null && cert.GetRawCertData().AsSpan().SequenceEqual(expected.RawData));
        await ssl.AuthenticateAsClientAsync(new SslClientAuthenticationOptions { TargetHost = "localhost" }).WaitAsync(Timeout);
        return new RawApiClient(tcp, ssl);
    }

    /// <summary>Connects and logs in with the plain method.</summary>
    public static async Task<RawApiClient> LoginAsync(SimulatedRouter router)
    {
        var client = await ConnectAsync(router.ApiPort);
        await client.SendAsync("/login", "=name=" + router.Options.User, "=password=" + router.Options.Password);
        var reply = await client.ReadAsync();
        Assert.Equal(["!done"], reply);
        return client;
    }

    /// <summary>Adds a hotspot user (reference §4.4) over a fresh connection; asserts the router did not trap.</summary>
    public static async Task AddHotspotUserAsync(SimulatedRouter router, string name, string password)
    {
        await using var client = await LoginAsync(router);
        var reply = await client.CallAsync("/ip/hotspot/user/add", "=name=" + name, "=password=" + password);
        Assert.DoesNotContain(reply, s => s[0] == "!trap");
    }

    public Task SendAsync(params string[] words) => SendRawAsync(words.Select(Encoding.UTF8.GetBytes).ToArray());

    public async Task SendRawAsync(params byte[][] words)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        foreach (var word in words)
        {
            SentenceWriter.WriteWord(buffer, word);
        }

        SentenceWriter.WriteEnd(buffer);
        await _stream.WriteAsync(buffer.WrittenMemory);
        await _stream.FlushAsync();
    }

    /// <summary>Next sentence as UTF-8 words; null at end of stream.</summary>
    public async Task<string[]?> ReadOrEndAsync() => (await ReadSentenceAsync())?.ToStrings().ToArray();

    public async Task<string[]> ReadAsync() => await ReadOrEndAsync() ?? throw new IOException("Connection closed.");

    public async Task<Sentence?> ReadSentenceAsync()
    {
        while (true)
        {
            var result = await _pipe.ReadAsync().AsTask().WaitAsync(Timeout);
            var buffer = result.Buffer;
            if (_reader.TryRead(ref buffer, out var sentence))
            {
                _pipe.AdvanceTo(buffer.Start);
                return sentence;
            }

            _pipe.AdvanceTo(buffer.Start, buffer.End);

            if (result.IsCompleted)
            {
                return null;
            }
        }
    }

    /// <summary>Sentences up to and including the <c>!done</c> carrying <paramref name="tag"/> (or untagged).</summary>
    public async Task<List<string[]>> ReadUntilDoneAsync(string? tag = null)
    {
        var list = new List<string[]>();
        while (true)
        {
            var s = await ReadAsync();
            list.Add(s);
            if (s[0] == "!done" && TagOf(s) == tag)
            {
                return list;
            }
        }
    }

    /// <summary>Sends a command and returns its replies up to <c>!done</c>.</summary>
    public async Task<List<string[]>> CallAsync(params string[] words)
    {
        await SendAsync(words);
        return await ReadUntilDoneAsync(words.FirstOrDefault(w => w.StartsWith(".tag=", StringComparison.Ordinal))?[5..]);
    }

    /// <summary>Reads raw bytes until the peer closes; returns them.</summary>
    public async Task<byte[]> ReadToEndAsync()
    {
        var all = new List<byte>();
        while (true)
        {
            var result = await _pipe.ReadAsync().AsTask().WaitAsync(Timeout);
            foreach (var segment in result.Buffer)
            {
                all.AddRange(segment.Span);
            }

            _pipe.AdvanceTo(result.Buffer.End);
            if (result.IsCompleted)
            {
                return [.. all];
            }
        }
    }

    /// <summary>Reads exactly <paramref name="count"/> raw bytes.</summary>
    public async Task<byte[]> ReadBytesAsync(int count)
    {
        while (true)
        {
            var result = await _pipe.ReadAsync().AsTask().WaitAsync(Timeout);
            if (result.Buffer.Length >= count)
            {
                var bytes = System.Buffers.BuffersExtensions.ToArray(result.Buffer.Slice(0, count));
                _pipe.AdvanceTo(result.Buffer.GetPosition(count));
                return bytes;
            }

            if (result.IsCompleted)
            {
                throw new IOException("Connection closed.");
            }

            _pipe.AdvanceTo(result.Buffer.Start, result.Buffer.End);
        }
    }

    public static string? TagOf(string[] sentence) =>
        sentence.FirstOrDefault(w => w.StartsWith(".tag=", StringComparison.Ordinal))?[5..];

    public static string? Get(string[] sentence, string key) =>
        sentence.FirstOrDefault(w => w.StartsWith("=" + key + "=", StringComparison.Ordinal))?[(key.Length + 2)..];

    /// <summary>Legacy response = "00" + hex(MD5(0 ‖ password ‖ challenge)), reference §2.2.</summary>
    public static string ChallengeResponse(string password, string challengeHex)
    {
#pragma warning disable CA5351 // The legacy RouterOS login is defined with MD5.
        byte[] input = [0, .. Encoding.UTF8.GetBytes(password), .. Convert.FromHexString(challengeHex)];
        return "00" + Convert.ToHexStringLower(MD5.HashData(input));
#pragma warning restore CA5351
    }

    public async ValueTask DisposeAsync()
    {
        await _pipe.CompleteAsync();
        await _stream.DisposeAsync();
        _tcp.Dispose();
    }
}
