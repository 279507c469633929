using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.DependencyInjection;

namespace KimHotspot.Web;

/// <summary>
/// The language rule of every KimHotspot web page: Bahasa Indonesia by default, English on request; an explicit
/// <c>?lang=en</c> (or <c>?lang=id</c>) is remembered in a cookie, so later pages keep the language.
/// </summary>
public static class LanguageSwitch
{
    public static readonly CultureInfo[] Cultures = [new("id-ID"), new("en")];

    public static IServiceCollection AddLanguageSwitch(this IServiceCollection services)
    {
        services.AddLocalization();
        services.Configure<RequestLocalizationOptions>(o =>
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
        return services;
    }

    public static IApplicationBuilder UseLanguageSwitch(this IApplicationBuilder app)
    {
        app.UseRequestLocalization();
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
        return app;
    }
}
