using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace KimHotspot.Central.Localization;

/// <summary>Bahasa Indonesia by default, English on request (<c>?lang=en</c> sets a cookie).</summary>
public static class LocalizationFeature
{
    public static readonly CultureInfo[] Cultures = [new("id-ID"), new("en")];

    public static void AddCentralLocalization(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddLocalization();
        builder.Services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture("id-ID");
            o.SupportedCultures = Cultures;
            o.SupportedUICultures = Cultures;
            o.RequestCultureProviders =
            [
                new QueryStringRequestCultureProvider { QueryStringKey = "lang", UIQueryStringKey = "lang" },
                new CookieRequestCultureProvider(),
            ];
        });
    }

    public static void UseCentralLocalization(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseRequestLocalization();
        // Remember an explicit ?lang= choice in a cookie, so later pages keep the language.
        app.Use(async (context, next) =>
        {
            if (context.Request.Query.TryGetValue("lang", out var lang) && Cultures.Any(c => c.Name == lang || c.TwoLetterISOLanguageName == lang))
            {
                var culture = lang == "en" ? "en" : "id-ID";
                context.Response.Cookies.Append(
                    CookieRequestCultureProvider.DefaultCookieName,
                    CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                    new CookieOptions { MaxAge = TimeSpan.FromDays(365), HttpOnly = true, SameSite = SameSiteMode.Lax, IsEssential = true });
            }

            await next(context);
        });
    }
}
