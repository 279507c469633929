namespace KimHotspot.Portal.Features.Village;

/// <summary>Registers the village feature's services.</summary>
public static class VillageFeature
{
    public static void AddVillage(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
    }
}
