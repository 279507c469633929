using System.Security.Claims;
using KimHotspot.Portal.Features.Admin.Access;

namespace KimHotspot.Portal.Features.Admin;

/// <summary>The admin console's menu: each sub-feature's page, shown only to roles that may open it.</summary>
public static class AdminMenu
{
    /// <summary>One menu entry; <see cref="Label"/> is an Indonesian resource key.</summary>
    public sealed record Item(string Href, string Label, AdminRole MinimumRole);

    public static readonly IReadOnlyList<Item> Items =
    [
        new("/admin/buletin", "Buletin", AdminRole.Editor),
        new("/admin/anggota", "Anggota", AdminRole.Admin),
        new("/admin/paket", "Paket", AdminRole.Admin),
        new("/admin/voucher", "Voucher", AdminRole.Admin),
        new("/admin/online", "Online", AdminRole.Admin),
        new("/admin/pengaturan", "Pengaturan", AdminRole.Admin),
        new("/admin/akun", "Akun admin", AdminRole.Admin),
        new("/admin/audit", "Catatan audit", AdminRole.Admin),
        new("/admin/akun-saya", "Akun saya", AdminRole.Editor),
    ];

    public static IEnumerable<Item> For(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var isAdmin = user.IsInRole(nameof(AdminRole.Admin));
        return Items.Where(i => i.MinimumRole == AdminRole.Editor || isAdmin);
    }
}
