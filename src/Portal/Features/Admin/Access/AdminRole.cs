namespace KimHotspot.Portal.Features.Admin.Access;

/// <summary>What an admin account may do.</summary>
public enum AdminRole
{
    /// <summary>KIM editor: writes and publishes bulletins.</summary>
    Editor,

    /// <summary>KIM admin: everything (members, tiers, vouchers, online sessions, settings, accounts, audit).</summary>
    Admin,
}
