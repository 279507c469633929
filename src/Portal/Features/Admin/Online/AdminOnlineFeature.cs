namespace KimHotspot.Portal.Features.Admin.Online;

/// <summary>Registers the admin console's online pages and services.</summary>
public static class AdminOnlineFeature
{
    public static void AddAdminOnline(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
    }
}
