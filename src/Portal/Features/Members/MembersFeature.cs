using KimHotspot.Portal.Features.Register;
using Microsoft.AspNetCore.Identity;

namespace KimHotspot.Portal.Features.Members;

/// <summary>Registers the members feature's services (login, remembered devices, daily limits).</summary>
public static class MembersFeature
{
    public static void AddMembers(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton<IPasswordHasher<Member>, PasswordHasher<Member>>();
        builder.Services.AddScoped<DeviceThrottling>();
        builder.Services.AddScoped<RouterUsage>();
        builder.Services.AddScoped<MemberAccounts>();
        builder.Services.AddScoped<MemberSignIn>();
        builder.Services.AddScoped<RememberedDevices>();
        builder.Services.AddRegister();
    }
}
