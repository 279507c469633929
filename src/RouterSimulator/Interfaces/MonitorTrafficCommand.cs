using KimHotspot.RouterSimulator.Api;
using KimHotspot.RouterSimulator.Model;

namespace KimHotspot.RouterSimulator.Interfaces;

/// <summary>
/// <c>/interface/monitor-traffic =interface=a,b [=once=]</c>: with once, one row per interface then
/// <c>!done</c>; without, rows every traffic interval (numbered by <c>.section</c>) until cancelled.
/// </summary>
internal static class MonitorTrafficCommand
{
    public static async Task RunAsync(ApiConnection connection, RouterModel model, ApiRequest request)
    {
        var names = request.Require("interface").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        string? tag = request.Tag;
        var proplist = request.Proplist();
        List<string[]> Rows(int? section)
        {
            lock (model.Gate)
            {
                return names.Select(name =>
                {
                    RowView row;
                    try
                    {
                        row = model.Interfaces.Monitor(name);
                    }
                    catch (ApiTrap)
                    {
                        throw ApiTrap.NoMatch("interface");
                    }

                    if (section is { } n)
                    {
                        row.Insert(0, new(".section", ValueFormat.Number(n)));
                    }

                    return Replies.Re(proplist is null ? row : row.Project(proplist), tag);
                }).ToList();
            }
        }

        if (request.Has("once"))
        {
            var once = Rows(null);
            once.Add(Replies.Done(tag));
            await connection.Writer.WriteAsync(once, CancellationToken.None).ConfigureAwait(false);
            return;
        }

        var first = Rows(0);
        var interval = model.Options.TrafficInterval > TimeSpan.Zero ? model.Options.TrafficInterval : TimeSpan.FromSeconds(1);
        async Task StreamAsync(CancellationToken cancellationToken)
        {
            await connection.Writer.WriteAsync(first, CancellationToken.None).ConfigureAwait(false);
            for (int section = 1; ; section++)
            {
                await Task.Delay(interval, model.Time, cancellationToken).ConfigureAwait(false);
                await connection.Writer.WriteAsync(Rows(section), CancellationToken.None).ConfigureAwait(false);
            }
        }

        connection.StartStreaming(tag, StreamAsync);
    }
}
