namespace KimHotspot.Portal.Features.Register;

/// <summary>Registers the registration feature's services. (Program.cs calls <see cref="AddRegister"/> through AddMembers.)</summary>
public static class RegisterFeature
{
    public static void AddRegister(this IServiceCollection services) => services.AddScoped<MemberRegistration>();
}
