using KimHotspot.RouterSimulator.Model;

namespace KimHotspot.RouterSimulator.Interfaces;

/// <summary>/interface: ether1 (uplink), wlan1 (hotspot radio, bridge port) and bridge1 (hotspot interface).</summary>
internal sealed class InterfaceTable : Table
{
    private static readonly TableSchema InterfaceSchema = new("interface",
    [
        new FieldSpec("name"),
        new FieldSpec("mtu", FieldKind.Text, "1500"),
        new FieldSpec("comment"),
        new FieldSpec("disabled", FieldKind.Bool, "false"),
    ]) { CanAdd = false, CanRemove = false };

    private readonly Random _random = new(11);

    public InterfaceTable(RouterModel model)
        : base("/interface", InterfaceSchema, model)
    {
        Ether1 = Insert(new InterfaceRow { DefaultName = "ether1", Type = "ether", MacAddress = "48:8F:5A:10:20:01" }, ("name", "ether1"));
        Wlan1 = Insert(new InterfaceRow { DefaultName = "wlan1", Type = "wlan", MacAddress = "48:8F:5A:10:20:05", Slave = true }, ("name", "wlan1"));
        Bridge = Insert(new InterfaceRow { DefaultName = "bridge1", Type = "bridge", MacAddress = "48:8F:5A:10:20:05" }, ("name", "bridge1"));
    }

    public InterfaceRow Ether1 { get; }

    public InterfaceRow Wlan1 { get; }

    public InterfaceRow Bridge { get; }

    /// <summary>Client traffic: upload enters the radio and leaves by the uplink, download the other way.</summary>
    public void CountClientTraffic(long upload, long download)
    {
        Wlan1.Count(upload, download);
        Bridge.Count(upload, download);
        Ether1.Count(download, upload);
    }

    public void Tick(TimeSpan elapsed, bool synthetic)
    {
        double seconds = Math.Max(elapsed.TotalSeconds, 0.001);
        foreach (var row in Rows.Cast<InterfaceRow>())
        {
            if (synthetic)
            {
                long noise = (long)(_random.Next(200, 1500) * seconds);
                row.Count(noise, noise / 2);
            }

            row.RxBitsPerSecond = (long)((row.RxByte - row.LastRx) * 8 / seconds);
            row.TxBitsPerSecond = (long)((row.TxByte - row.LastTx) * 8 / seconds);
            row.RxPacketsPerSecond = (long)((row.RxPacket - row.LastRxPackets) / seconds);
            row.TxPacketsPerSecond = (long)((row.TxPacket - row.LastTxPackets) / seconds);
            (row.LastRx, row.LastTx, row.LastRxPackets, row.LastTxPackets) = (row.RxByte, row.TxByte, row.RxPacket, row.TxPacket);
        }
    }

    public void ResetCounters()
    {
        foreach (var row in Rows.Cast<InterfaceRow>())
        {
            row.Reset();
        }
    }

    /// <summary>One monitor-traffic row per interface name (reference §5.4).</summary>
    public RowView Monitor(string name)
    {
        var row = (InterfaceRow)Resolve(name);
        string Num(long v) => ValueFormat.Number(v);
        return new RowView
        {
            { "name", row["name"] ?? name },
            { "rx-packets-per-second", Num(row.RxPacketsPerSecond) },
            { "rx-bits-per-second", Num(row.RxBitsPerSecond) },
            { "fp-rx-packets-per-second", "0" },
            { "fp-rx-bits-per-second", "0" },
            { "rx-drops-per-second", "0" },
            { "rx-errors-per-second", "0" },
            { "tx-packets-per-second", Num(row.TxPacketsPerSecond) },
            { "tx-bits-per-second", Num(row.TxBitsPerSecond) },
            { "fp-tx-packets-per-second", "0" },
            { "fp-tx-bits-per-second", "0" },
            { "tx-drops-per-second", "0" },
            { "tx-queue-drops-per-second", "0" },
            { "tx-errors-per-second", "0" },
        };
    }

    protected override void RenderExtra(Row row, RowView view)
    {
        var r = (InterfaceRow)row;
        var f = Model.Format;
        view.Add("default-name", r.DefaultName);
        view.Add("type", r.Type);
        view.Add("actual-mtu", r["mtu"] ?? "1500");
        view.Add("l2mtu", "1598");
        view.Add("max-l2mtu", "9578");
        view.Add("mac-address", r.MacAddress);
        view.Add("last-link-up-time", f.DateTime(Model.Device.Now - Model.Device.Uptime));
        view.Add("link-downs", "0");
        view.Add("rx-byte", ValueFormat.Number(r.RxByte));
        view.Add("tx-byte", ValueFormat.Number(r.TxByte));
        view.Add("rx-packet", ValueFormat.Number(r.RxPacket));
        view.Add("tx-packet", ValueFormat.Number(r.TxPacket));
        view.Add("rx-drop", "0");
        view.Add("tx-drop", "0");
        view.Add("tx-queue-drop", "0");
        view.Add("rx-error", "0");
        view.Add("tx-error", "0");
        view.Add("fp-rx-byte", "0");
        view.Add("fp-tx-byte", "0");
        view.Add("fp-rx-packet", "0");
        view.Add("fp-tx-packet", "0");
        view.Add("running", f.Bool(r["disabled"] != "true"));
        view.Add("slave", f.Bool(r.Slave));
        view.Add("dynamic", f.Bool(false));
    }
}
