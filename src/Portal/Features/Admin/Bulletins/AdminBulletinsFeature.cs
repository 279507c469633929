using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KimHotspot.Portal.Features.Admin.Bulletins;

/// <summary>
/// Registers the admin console's bulletins pages (<c>/admin/buletin</c>, editors and admins): the list, the
/// editor (also at <c>/admin/buletin/baru</c> for a new bulletin) and the delete confirmation.
/// </summary>
public static class AdminBulletinsFeature
{
    public static void AddAdminBulletins(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton<BulletinImages>();
        builder.Services.Configure<RazorPagesOptions>(o => o.Conventions.AddPageRoute("/Admin/Bulletins/Edit", "admin/buletin/baru"));
    }
}
