using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KimHotspot.Portal.Features.Admin.Access;

/// <summary>
/// Registers admin sign-in: password hashing, lockout, the TOTP second factor, account changes, and the
/// first-start setup code.
/// </summary>
public static class AdminAccessFeature
{
    public static void AddAdminAccess(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton<IPasswordHasher<AdminAccount>, PasswordHasher<AdminAccount>>();
        builder.Services.AddScoped<AdminSignIn>();
        builder.Services.AddScoped<AdminSecondFactor>();
        builder.Services.AddScoped<AdminAccountStore>();
        builder.Services.AddSingleton<AdminProtector>();
        builder.Services.AddSingleton<AdminSetupCode>();
        builder.Services.AddHostedService<AdminSetupCodeHost>();
        builder.Services.Configure<RazorPagesOptions>(o =>
        {
            o.Conventions.AllowAnonymousToPage("/Admin/Access/Code");
            o.Conventions.AllowAnonymousToPage("/Admin/Access/Setup");
        });
    }
}
