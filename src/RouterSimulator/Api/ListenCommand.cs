using System.Threading.Channels;
using KimHotspot.RouterSimulator.Model;

namespace KimHotspot.RouterSimulator.Api;

/// <summary>
/// <c>listen</c>: one <c>!re</c> per changed row, <c>=.id=… =.dead=yes|true</c> for removed rows,
/// until cancelled. The subscription is made before the next command is read.
/// </summary>
internal static class ListenCommand
{
    public static void Start(ApiConnection connection, RouterModel model, Menu menu, ApiRequest request)
    {
        var changes = Channel.CreateUnbounded<RowChange>(new UnboundedChannelOptions { SingleReader = true });
        Action<RowChange> handler = change => changes.Writer.TryWrite(change);
        lock (model.Gate)
        {
            menu.Changed += handler;
        }

        var filter = request.Queries.Count > 0 ? new QueryFilter(request.Queries) : null;
        var proplist = request.Proplist();
        string dead = model.Profile.DeadAsYes ? "yes" : "true";
        string? tag = request.Tag;

        async Task PumpAsync(CancellationToken cancellationToken)
        {
            while (true)
            {
                var change = await changes.Reader.ReadAsync(cancellationToken).ConfigureAwait(false);
                RowView view;
                if (change.Row is not { } row)
                {
                    view = new RowView { { ".id", change.Id }, { ".dead", dead } };
                }
                else if (filter is null || filter.Matches(row))
                {
                    view = proplist is null ? row : row.Project(proplist);
                }
                else
                {
                    continue;
                }

                await connection.Writer.WriteAsync(Replies.Re(view, tag), CancellationToken.None).ConfigureAwait(false);
            }
        }

        void Unsubscribe()
        {
            lock (model.Gate)
            {
                menu.Changed -= handler;
            }
        }

        connection.StartStreaming(tag, PumpAsync, Unsubscribe);
    }
}
