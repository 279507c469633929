using System.Runtime.CompilerServices;

namespace KimHotspot.RouterOs.Tests.Hotspot;

/// <summary>Records every command and answers from a script; for exact-wire assertions without a socket.</summary>
internal sealed class FakeRouterOsApi : IRouterOsApi
{
    private readonly Func<RouterOsCommand, RouterOsResponse> _answer;

    public FakeRouterOsApi(Func<RouterOsCommand, RouterOsResponse>? answer = null) =>
        _answer = answer ?? (_ => Response());

    public List<RouterOsCommand> Sent { get; } = [];

    public IEnumerable<string> SentPaths => Sent.Select(c => c.Path);

    public static RouterOsRow Row(params string[] pairs) =>
        new([.. pairs.Select(p => p.Split('=', 2)).Select(p => new KeyValuePair<string, string>(p[0], p[1]))]);

    public static RouterOsResponse Response(params RouterOsRow[] rows) => new(rows, RouterOsRow.Empty);

    public static RouterOsResponse Ret(string ret) => new([], Row("ret=" + ret));

    public Task<RouterOsResponse> ExecuteAsync(RouterOsCommand command, CancellationToken cancellationToken = default)
    {
        Sent.Add(command);
        return Task.FromResult(_answer(command));
    }

    public async IAsyncEnumerable<RouterOsRow> StreamAsync(
        RouterOsCommand command, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        Sent.Add(command);
        foreach (var row in _answer(command).Rows)
        {
            await Task.Yield();
            yield return row;
        }
    }
}
