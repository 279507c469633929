namespace KimHotspot.Portal.Features.CaptivePortal;

/// <summary>Maps the RFC 8908 Captive Portal API.</summary>
public static class CaptivePortalFeature
{
    public static void MapCaptivePortalApi(this WebApplication app) => ArgumentNullException.ThrowIfNull(app);
}
