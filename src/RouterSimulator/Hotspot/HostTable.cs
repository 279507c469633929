using KimHotspot.RouterSimulator.Model;

namespace KimHotspot.RouterSimulator.Hotspot;

/// <summary>/ip/hotspot/host: devices the hotspot has seen; <c>remove</c> forgets (and logs out) one.</summary>
internal sealed class HostTable(RouterModel model, HotspotEngine engine)
    : Table("/ip/hotspot/host", HotspotSchemas.ReadOnlyRows("host"), model)
{
    protected override void RenderExtra(Row row, RowView view)
    {
        var h = (HostRow)row;
        var f = Model.Format;
        view.Add("mac-address", h.Mac);
        view.Add("address", h.Address);
        view.Add("to-address", h.Address);
        view.Add("server", h.Server);
        view.Add("bridge-port", "wlan1");
        view.Add("uptime", Durations.Format(Model.Time.GetElapsedTime(h.FoundAt)));
        view.Add("idle-time", Durations.Format(Model.Time.GetElapsedTime(h.LastSeen)));
        view.Add("idle-timeout", "5m");
        view.Add("keepalive-timeout", "none");
        view.Add("host-dead-time", Durations.Format(Model.Time.GetElapsedTime(h.LastSeen)));
        view.Add("bytes-in", ValueFormat.Number(h.BytesIn));
        view.Add("bytes-out", ValueFormat.Number(h.BytesOut));
        view.Add("packets-in", ValueFormat.Number(h.PacketsIn));
        view.Add("packets-out", ValueFormat.Number(h.PacketsOut));
        view.Add("found-by", "DHCP");
        view.Add("static", f.Bool(false));
        view.Add("DHCP", f.Bool(true));
        view.Add("dynamic", f.Bool(true));
        view.Add("authorized", f.Bool(h.Session is not null));
        view.Add("bypassed", f.Bool(engine.IsBypassed(h)));
    }

    protected override void OnRemoved(Row row) => engine.HostRemoved((HostRow)row);
}
