using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KimHotspot.Portal.Features.Login;

/// <summary>
/// Registers the login feature: the entry that captures the router's variables (<c>/</c> and <c>/hs</c>),
/// the attempt store and its purge, and <see cref="DeviceLogin"/> (the login completion the ways in share).
/// </summary>
public static class LoginFeature
{
    public static void AddLogin(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<PortalAccessOptions>().BindConfiguration(PortalAccessOptions.Section);
        builder.Services.AddSingleton<AttemptCache>();
        builder.Services.AddSingleton<IInterceptor, AttemptCacheInterceptor>();
        builder.Services.AddScoped<LoginAttempts>();
        builder.Services.AddScoped<DeviceLogin>();
        builder.Services.AddSingleton<SplashTemplates>();
        builder.Services.AddSingleton<AttemptPurge>();
        builder.Services.AddHostedService(services => services.GetRequiredService<AttemptPurge>());
        // PostConfigure: AddRazorPages (called later) replaces the conventions collection while configuring.
        builder.Services.PostConfigure<RazorPagesOptions>(o => o.Conventions.AddPageRoute("/Login/Splash", "hs"));
    }

    /// <summary>The splash page's fast path; after localization (the page's language) and before routing.</summary>
    public static void UseSplashFastPath(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseMiddleware<SplashFastPath>();
    }
}
