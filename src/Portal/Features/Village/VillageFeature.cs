namespace KimHotspot.Portal.Features.Village;

/// <summary>Registers the village feature: the first-start seed (village row, default tier, privacy notice v1).</summary>
public static class VillageFeature
{
    public static void AddVillage(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddHostedService<VillageSeed>();
    }
}
