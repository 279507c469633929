namespace KimHotspot.Central.Alerts;

/// <summary>What the alert engine remembers about one site between sweeps.</summary>
internal sealed class SiteAlertState
{
    public Dictionary<AlertKind, FlapGate> Gates { get; } = [];

    /// <summary>The alert behind each gate: the open one, or the last one (re-opened when it flaps back).</summary>
    public Dictionary<AlertKind, long> AlertIds { get; } = [];

    public BacklogWatch Backlog { get; } = new();

    /// <summary>The reboot time already alerted (or seen first); null until the site's first report with one.</summary>
    public DateTimeOffset? RebootBaseline { get; set; }

    public FlapGate Gate(AlertKind kind)
    {
        if (!Gates.TryGetValue(kind, out var gate))
        {
            gate = new FlapGate();
            Gates[kind] = gate;
        }

        return gate;
    }
}
