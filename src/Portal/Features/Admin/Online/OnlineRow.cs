namespace KimHotspot.Portal.Features.Admin.Online;

/// <summary>Who a router session belongs to.</summary>
public enum OnlineKind
{
    /// <summary>A KIM member ("m-&lt;id&gt;").</summary>
    Member,

    /// <summary>A voucher code ("v-&lt;id&gt;").</summary>
    Voucher,

    /// <summary>A free trial ("tr-&lt;MAC&gt;").</summary>
    Trial,

    /// <summary>A router user the Portal does not know (made on the router by hand).</summary>
    Other,
}

/// <summary>One active hotspot session joined to who it is; personal data already reduced for the list.</summary>
/// <param name="Id">The router's <c>.id</c> of the active entry (what "Putuskan" removes).</param>
/// <param name="RouterUser">The router's hotspot user name, e.g. "m-42".</param>
/// <param name="Who">Member name, voucher batch name, the router user (other); empty for a trial.</param>
/// <param name="Detail">Voucher: "…" + the code's last 3 characters; member: phone ending; else null.</param>
/// <param name="MaskedMac">The device MAC with all but the last two octets hidden.</param>
/// <param name="Method">How it logged in: the Portal's record ("member", "remembered", "voucher", "trial") or the router's login-by.</param>
public sealed record OnlineRow(
    string Id,
    string RouterUser,
    OnlineKind Kind,
    string Who,
    string? Detail,
    string MaskedMac,
    string Ip,
    TimeSpan Uptime,
    DateTimeOffset LoginAt,
    long BytesIn,
    long BytesOut,
    TimeSpan? TimeLeft,
    string Method)
{
    /// <summary>Traffic both ways.</summary>
    public long BytesTotal => BytesIn + BytesOut;
}

/// <summary>The active list, or why the router could not give it (<see cref="RouterProblem"/> set, rows empty).</summary>
public sealed record OnlineList(IReadOnlyList<OnlineRow> Rows, bool RouterProblem)
{
    public long BytesIn => Rows.Sum(r => r.BytesIn);

    public long BytesOut => Rows.Sum(r => r.BytesOut);
}
