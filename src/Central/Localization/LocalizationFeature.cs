using KimHotspot.Web;

namespace KimHotspot.Central.Localization;

/// <summary>Bahasa Indonesia by default, English on request (<c>?lang=en</c> sets a cookie); see <see cref="LanguageSwitch"/>.</summary>
public static class LocalizationFeature
{
    public static void AddCentralLocalization(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddLanguageSwitch();
    }

    public static void UseCentralLocalization(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseLanguageSwitch();
    }
}
