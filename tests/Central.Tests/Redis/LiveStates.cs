using KimHotspot.Central.Live;
using KimHotspot.Central.Redis;
using StackExchange.Redis;

namespace KimHotspot.Central.Tests.Redis;

/// <summary>Both live-state implementations, so one scenario runs against each.</summary>
internal sealed class LiveStates : IAsyncDisposable
{
    public const string InProcess = "in-process";
    public const string Redis = "redis";

    private readonly RedisServer? _server;
    private readonly ConnectionMultiplexer? _connection;

    private LiveStates(ILiveState state, RedisServer? server, ConnectionMultiplexer? connection) =>
        (State, _server, _connection) = (state, server, connection);

    public ILiveState State { get; }

    public static async Task<LiveStates> CreateAsync(string kind)
    {
        if (kind == InProcess)
        {
            return new LiveStates(new InProcessLiveState(), null, null);
        }

        var server = await RedisServer.StartNewAsync();
        var connection = await ConnectAsync(server);
        return new LiveStates(new RedisLiveState(connection), server, connection);
    }

    public static Task<ConnectionMultiplexer> ConnectAsync(RedisServer server, string node = "test") =>
        ConnectionMultiplexer.ConnectAsync(RedisFeature.Configure(server.ConnectionString, node));

    public async ValueTask DisposeAsync()
    {
        if (_connection is not null)
        {
            await _connection.DisposeAsync();
        }

        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
