using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace KimHotspot.Portal.Tests.Browser;

/// <summary>Counts requests carrying one header, in front of the app's own middleware.</summary>
internal sealed class HeaderProbe(string header) : IStartupFilter
{
    private readonly System.Collections.Concurrent.ConcurrentQueue<string> _paths = new();
    private int _seen;
    private int _requests;

    public int Seen => Volatile.Read(ref _seen);

    public int Requests => Volatile.Read(ref _requests);

    /// <summary>Method and path of the requests that carried the header.</summary>
    public IReadOnlyCollection<string> SeenOn => _paths;

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            Interlocked.Increment(ref _requests);
            if (context.Request.Headers.ContainsKey(header))
            {
                Interlocked.Increment(ref _seen);
                _paths.Enqueue(context.Request.Method + " " + context.Request.Path + context.Request.QueryString);
            }

            return nextMiddleware(context);
        });
        next(app);
    };
}
