namespace KimHotspot.Portal.Features.Login;

/// <summary>Registers the login feature's services.</summary>
public static class LoginFeature
{
    public static void AddLogin(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
    }
}
