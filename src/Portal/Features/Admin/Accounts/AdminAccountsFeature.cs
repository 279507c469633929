namespace KimHotspot.Portal.Features.Admin.Accounts;

/// <summary>Registers the admin console's accounts pages and services.</summary>
public static class AdminAccountsFeature
{
    public static void AddAdminAccounts(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
    }
}
