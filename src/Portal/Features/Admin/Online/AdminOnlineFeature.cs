namespace KimHotspot.Portal.Features.Admin.Online;

/// <summary>Registers the admin console's "online now" page (<c>/admin/online</c>) and its router reader.</summary>
public static class AdminOnlineFeature
{
    public static void AddAdminOnline(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddScoped<OnlineSessions>();
    }
}
