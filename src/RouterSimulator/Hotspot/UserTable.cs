using KimHotspot.RouterSimulator.Model;

namespace KimHotspot.RouterSimulator.Hotspot;

/// <summary>/ip/hotspot/user: writable account fields plus read-only counters.</summary>
internal sealed class UserTable(RouterModel model, HotspotEngine engine)
    : Table(HotspotSchemas.UserPath, HotspotSchemas.User, model)
{
    protected override Row CreateRow() => new UserRow();

    protected override void RenderExtra(Row row, RowView view)
    {
        var user = (UserRow)row;
        view.Add("uptime", Durations.Format(user.Uptime(Model.Time)));
        view.Add("bytes-in", ValueFormat.Number(user.BytesIn));
        view.Add("bytes-out", ValueFormat.Number(user.BytesOut));
        view.Add("packets-in", ValueFormat.Number(user.PacketsIn));
        view.Add("packets-out", ValueFormat.Number(user.PacketsOut));
        view.Add("dynamic", Model.Format.Bool(false));
    }

    /// <summary>Removing a user logs out its sessions.</summary>
    protected override void OnRemoved(Row row)
    {
        foreach (var session in ((UserRow)row).Sessions.ToList())
        {
            engine.Logout(session, "admin-reset");
        }
    }
}
