using KimHotspot.RouterSimulator.Model;

namespace KimHotspot.RouterSimulator.Hotspot;

/// <summary>/ip/hotspot/active: read-only sessions; <c>remove</c> logs the client out.</summary>
internal sealed class ActiveTable(RouterModel model, HotspotEngine engine)
    : Table("/ip/hotspot/active", HotspotSchemas.ReadOnlyRows("session"), model)
{
    protected override void RenderExtra(Row row, RowView view)
    {
        var s = (SessionRow)row;
        var f = Model.Format;
        view.Add("server", s.Host.Server);
        view.Add("user", s.UserName);
        view.Add("domain", string.Empty);
        view.Add("address", s.Host.Address);
        view.Add("mac-address", s.Host.Mac);
        view.Add("login-by", s.LoginBy);
        view.Add("uptime", Durations.Format(Model.Time.GetElapsedTime(s.LoginAt)));
        view.Add("idle-time", Durations.Format(Model.Time.GetElapsedTime(s.LastActivity)));
        if (engine.SessionTimeLeft(s) is { } left)
        {
            view.Add("session-time-left", Durations.Format(left));
        }

        view.Add("idle-timeout", s.IdleTimeout is { } idle ? Durations.Format(idle) : "none");
        view.Add("keepalive-timeout", s.KeepaliveTimeout is { } keep ? Durations.Format(keep) : "none");
        view.Add("bytes-in", ValueFormat.Number(s.BytesIn));
        view.Add("bytes-out", ValueFormat.Number(s.BytesOut));
        view.Add("packets-in", ValueFormat.Number(s.PacketsIn));
        view.Add("packets-out", ValueFormat.Number(s.PacketsOut));
        foreach (var limit in (string[])["limit-bytes-in", "limit-bytes-out", "limit-bytes-total"])
        {
            if (s.User?[limit] is { } value && value != "0")
            {
                view.Add(limit, value);
            }
        }

        view.Add("radius", f.Bool(false));
        view.Add("blocked", f.Bool(false));
    }

    protected override void OnRemoved(Row row) => engine.SessionEnded((SessionRow)row);
}
