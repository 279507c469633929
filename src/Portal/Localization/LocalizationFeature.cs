using KimHotspot.Web;

namespace KimHotspot.Portal.Localization;

/// <summary>Bahasa Indonesia by default, English on request (<c>?lang=en</c> sets a cookie); see <see cref="LanguageSwitch"/>.</summary>
public static class LocalizationFeature
{
    public static void AddPortalLocalization(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddLanguageSwitch();
    }

    public static void UsePortalLocalization(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseLanguageSwitch();
    }
}
