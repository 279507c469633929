namespace KimHotspot.Portal.Features.Status;

/// <summary>Maps the status feature's endpoints (the page itself is a Razor Page in this folder).</summary>
public static class StatusFeature
{
    public static void MapStatus(this WebApplication app) => ArgumentNullException.ThrowIfNull(app);
}
