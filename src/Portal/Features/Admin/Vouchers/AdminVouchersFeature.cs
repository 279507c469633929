namespace KimHotspot.Portal.Features.Admin.Vouchers;

/// <summary>Registers the admin console's vouchers pages and services.</summary>
public static class AdminVouchersFeature
{
    public static void AddAdminVouchers(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
    }
}
