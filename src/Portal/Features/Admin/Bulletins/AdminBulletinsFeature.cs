namespace KimHotspot.Portal.Features.Admin.Bulletins;

/// <summary>Registers the admin console's bulletins pages and services.</summary>
public static class AdminBulletinsFeature
{
    public static void AddAdminBulletins(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
    }
}
