using KimHotspot.Portal.Features.Admin.Access;
using KimHotspot.Portal.Features.Admin.Accounts;
using KimHotspot.Portal.Features.Admin.Audit;
using KimHotspot.Portal.Features.Admin.Bulletins;
using KimHotspot.Portal.Features.Admin.Members;
using KimHotspot.Portal.Features.Admin.Online;
using KimHotspot.Portal.Features.Admin.Settings;
using KimHotspot.Portal.Features.Admin.Tiers;
using KimHotspot.Portal.Features.Admin.Vouchers;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KimHotspot.Portal.Features.Admin;

/// <summary>
/// The KIM admin console under <c>/admin</c>: cookie sign-in for admin accounts, two roles, and one sub-feature
/// per folder. Every page in <c>Features/Admin</c> needs a signed-in editor at least; folders that manage
/// residents or the router need a KIM admin.
/// </summary>
public static class AdminFeature
{
    /// <summary>Page folders only KIM admins may open (editors get the rest of <c>/Admin</c>: bulletins).</summary>
    public static readonly IReadOnlyList<string> AdminOnlyFolders =
        ["/Admin/Accounts", "/Admin/Members", "/Admin/Tiers", "/Admin/Vouchers", "/Admin/Online", "/Admin/Settings", "/Admin/Audit"];

    public static void AddAdmin(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddSingleton<AuditLog>();
        builder.Services.AddAuthentication(AdminPolicies.Scheme)
            .AddCookie(AdminPolicies.Scheme, o =>
            {
                o.Cookie.Name = "kim_admin";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Strict;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest; // the village LAN is often plain http
                o.ExpireTimeSpan = TimeSpan.FromHours(12);
                o.SlidingExpiration = true;
                o.LoginPath = "/admin/masuk";
                o.LogoutPath = "/admin/keluar";
                o.AccessDeniedPath = "/admin/ditolak";
                o.EventsType = typeof(AdminCookieEvents);
            });
        builder.Services.AddScoped<AdminCookieEvents>();
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(AdminPolicies.Editor, p => p.RequireAuthenticatedUser().RequireRole(nameof(AdminRole.Editor), nameof(AdminRole.Admin)))
            .AddPolicy(AdminPolicies.Admin, p => p.RequireAuthenticatedUser().RequireRole(nameof(AdminRole.Admin)));

        builder.Services.Configure<RazorPagesOptions>(o =>
        {
            o.Conventions.AuthorizeFolder("/Admin", AdminPolicies.Editor);
            foreach (var folder in AdminOnlyFolders)
            {
                o.Conventions.AuthorizeFolder(folder, AdminPolicies.Admin);
            }
        });

        builder.Services.Configure<RazorPagesOptions>(o =>
        {
            o.Conventions.AllowAnonymousToPage("/Admin/Access/Login");
            o.Conventions.AllowAnonymousToPage("/Admin/Access/Denied");
        });
        builder.AddAdminAccess();
        builder.AddAdminAccounts();
        builder.AddAdminBulletins();
        builder.AddAdminMembers();
        builder.AddAdminTiers();
        builder.AddAdminVouchers();
        builder.AddAdminOnline();
        builder.AddAdminSettings();
    }

    public static void UseAdmin(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseAuthentication();
        app.UseAuthorization();
    }
}
