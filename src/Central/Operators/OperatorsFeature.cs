using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KimHotspot.Central.Operators;

/// <summary>
/// Operator sign-in for Central's pages: a cookie (HttpOnly, SameSite=Lax, Secure over HTTPS, sliding 8 h), three
/// policies, and a convention that puts every Razor page under Features/ behind <see cref="OperatorPolicies.Viewer"/>
/// except the login page. Machine endpoints (minimal APIs) are not touched.
/// </summary>
public static class OperatorsFeature
{
    public const string LoginPath = "/masuk";
    public const string LogoutPath = "/keluar";

    public static void AddOperators(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton<IPasswordHasher<Operator>, PasswordHasher<Operator>>();
        builder.Services.AddScoped<OperatorStore>();
        builder.Services.AddScoped<OperatorSignIn>();
        builder.Services.AddScoped<OperatorCookieEvents>();
        builder.Services.AddAuthentication(OperatorPolicies.Scheme)
            .AddCookie(OperatorPolicies.Scheme, o =>
            {
                o.Cookie.Name = "kim_central";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Lax;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.ExpireTimeSpan = TimeSpan.FromHours(8);
                o.SlidingExpiration = true;
                o.LoginPath = LoginPath;
                o.LogoutPath = LogoutPath;
                o.EventsType = typeof(OperatorCookieEvents);
            });
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(OperatorPolicies.Viewer, p => p.RequireAuthenticatedUser())
            .AddPolicy(OperatorPolicies.Operator, p => p.RequireAuthenticatedUser().RequireRole(nameof(OperatorRole.Operator), nameof(OperatorRole.Admin)))
            .AddPolicy(OperatorPolicies.Admin, p => p.RequireAuthenticatedUser().RequireRole(nameof(OperatorRole.Admin)));
        builder.Services.Configure<RazorPagesOptions>(o =>
        {
            o.Conventions.AuthorizeFolder("/", OperatorPolicies.Viewer);
            o.Conventions.AuthorizeFolder("/Admin/Operators", OperatorPolicies.Admin);
            o.Conventions.AllowAnonymousToPage("/Account/Login");
        });
    }

    public static void UseOperators(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseAuthentication();
        app.UseAuthorization();
    }
}
