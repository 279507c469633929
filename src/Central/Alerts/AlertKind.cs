namespace KimHotspot.Central.Alerts;

/// <summary>What an alert is about.</summary>
public enum AlertKind
{
    /// <summary>The sweeper says OFFLINE; closing it is "back online".</summary>
    Offline = 1,

    /// <summary>The router rebooted (a one-shot alert: opened and closed at once).</summary>
    RouterRebooted = 2,

    /// <summary>Router CPU above the threshold for the hold time.</summary>
    HighCpu = 3,

    /// <summary>Router free memory below the threshold for the hold time.</summary>
    LowMemory = 4,

    /// <summary>The agent's outbox keeps growing or its oldest report is too old.</summary>
    BacklogGrowing = 5,

    /// <summary>The agent reports the router unreachable for the hold time.</summary>
    RouterUnreachable = 6,
}

/// <summary>How urgent an alert is.</summary>
public enum AlertSeverity
{
    Info = 0,
    Warning = 1,
    Critical = 2,
}

/// <summary>Which moment of an alert a delivery tells about.</summary>
public enum AlertEvent
{
    Opened = 1,
    Closed = 2,

    /// <summary>The condition came and went several times while open: said once, then quiet until it settles.</summary>
    Flapping = 3,
}

/// <summary>Where an alert is delivered.</summary>
public enum AlertChannelKind
{
    Webhook = 1,
    Telegram = 2,
}
