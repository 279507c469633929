using Microsoft.AspNetCore.Identity;

namespace KimHotspot.Portal.Features.Admin.Access;

/// <summary>Registers admin sign-in: password hashing, lockout, the sign-in service.</summary>
public static class AdminAccessFeature
{
    public static void AddAdminAccess(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton<IPasswordHasher<AdminAccount>, PasswordHasher<AdminAccount>>();
        builder.Services.AddScoped<AdminSignIn>();
    }
}
