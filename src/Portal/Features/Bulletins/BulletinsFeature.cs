using KimHotspot.Portal.Data;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace KimHotspot.Portal.Features.Bulletins;

/// <summary>Registers the in-memory public content (village names and bulletins) and what keeps it fresh.</summary>
public static class BulletinsFeature
{
    public static void AddBulletins(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton<PublicContent>();
        builder.Services.AddSingleton<IInterceptor, ContentChangeInterceptor>();
    }
}
