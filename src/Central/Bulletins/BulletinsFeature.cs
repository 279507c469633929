using KimHotspot.Central.Operators;
using KimHotspot.Contracts.Messages;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KimHotspot.Central.Bulletins;

/// <summary>
/// City-wide bulletins: the pages under <c>/pengumuman</c> (every operator reads; operators and admins write and
/// withdraw) and the signed machine endpoint the village Portals pull from.
/// </summary>
public static class BulletinsFeature
{
    public const string ListPath = "/pengumuman";
    public const string NewPath = "/pengumuman/baru";

    public static string EditPath(long id) => $"/pengumuman/{id}/ubah";

    public static void AddCityBulletins(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddScoped<BulletinChanges>();
        builder.Services.Configure<RazorPagesOptions>(o =>
        {
            o.Conventions.AuthorizePage("/Bulletins/Edit", OperatorPolicies.Operator);
            o.Conventions.AddPageRoute("/Bulletins/Edit", NewPath);
        });
    }

    public static void MapCityBulletins(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet(CityBulletinFeed.Path, BulletinsEndpoint.HandleAsync).AllowAnonymous(); // Portals sign instead
    }
}
