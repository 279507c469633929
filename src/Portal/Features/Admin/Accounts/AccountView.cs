using KimHotspot.Portal.Features.Admin.Access;
using KimHotspot.Portal.Features.Admin.Shared;

namespace KimHotspot.Portal.Features.Admin.Accounts;

/// <summary>An admin account as the accounts pages show it.</summary>
public sealed record AccountView(int Id, string Username, string DisplayName, AdminRole Role, string LastLogin, bool Locked, bool Totp, bool Disabled)
{
    public static AccountView From(AdminAccount a, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(time);
        return new(a.Id, a.Username, a.DisplayName, a.Role, VillageTime.Format(a.LastLoginAt, time),
            a.LockedUntil > time.GetUtcNow(), a.TotpSecret is not null, a.DisabledAt is not null);
    }
}
