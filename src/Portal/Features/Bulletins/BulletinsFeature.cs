namespace KimHotspot.Portal.Features.Bulletins;

/// <summary>Registers the bulletins feature's services.</summary>
public static class BulletinsFeature
{
    public static void AddBulletins(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
    }
}
