using KimHotspot.Portal.Features.Members;

namespace KimHotspot.Portal.Features.Admin.Members;

/// <summary>How a member status is shown: its Indonesian label (a resource key) and badge class.</summary>
public static class StatusBadge
{
    public static string Label(MemberStatus status) => status switch
    {
        MemberStatus.Pending => "Menunggu",
        MemberStatus.Active => "Aktif",
        MemberStatus.Blocked => "Diblokir",
        MemberStatus.Expired => "Berakhir",
        MemberStatus.Rejected => "Ditolak",
        _ => status.ToString(),
    };

    public static string CssClass(MemberStatus status) => status switch
    {
        MemberStatus.Active => "badge ok",
        MemberStatus.Pending => "badge warn",
        _ => "badge bad",
    };
}
