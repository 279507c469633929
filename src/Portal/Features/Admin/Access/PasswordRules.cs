using KimHotspot.Portal.Localization;
using Microsoft.Extensions.Localization;

namespace KimHotspot.Portal.Features.Admin.Access;

/// <summary>The rule for passwords admins choose themselves: long enough, typed the same twice.</summary>
public static class PasswordRules
{
    /// <summary>The first problem with a chosen password (field name and message), or null when it is fine.</summary>
    public static (string Field, string Message)? Check(string? password, string? repeat, IStringLocalizer<SharedResource> t)
    {
        ArgumentNullException.ThrowIfNull(t);
        if ((password ?? string.Empty).Length < AdminSecrets.MinPasswordLength)
        {
            return ("newPassword", t["Kata sandi minimal {0} karakter.", AdminSecrets.MinPasswordLength]);
        }

        return password == repeat ? null : ("repeatPassword", t["Kedua kata sandi tidak sama."]);
    }
}
