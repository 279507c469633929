namespace KimHotspot.Portal.Features.Admin.Members;

/// <summary>Registers the admin console's members pages and services.</summary>
public static class AdminMembersFeature
{
    public static void AddAdminMembers(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddScoped<MemberRouter>();
        builder.Services.AddScoped<MemberActions>();
        builder.Services.AddScoped<MemberEraser>();
        builder.Services.AddScoped<MemberExport>();
    }
}
