namespace KimHotspot.Portal.Features.Members;

/// <summary>Registers the members feature's services.</summary>
public static class MembersFeature
{
    public static void AddMembers(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
    }
}
