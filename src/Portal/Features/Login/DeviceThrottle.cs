namespace KimHotspot.Portal.Features.Login;

/// <summary>Failed logins from one device (MAC), for throttling and lockout across restarts.</summary>
public sealed class DeviceThrottle
{
    public int Id { get; set; }

    public string MacAddress { get; set; } = string.Empty;

    public int Failures { get; set; }

    public DateTimeOffset WindowStart { get; set; }

    public DateTimeOffset? LockedUntil { get; set; }
}
