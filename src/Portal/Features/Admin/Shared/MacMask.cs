namespace KimHotspot.Portal.Features.Admin.Shared;

/// <summary>MAC addresses as admins see them: only the last two octets, enough to tell a household's phones apart.</summary>
public static class MacMask
{
    /// <summary>"AA:BB:CC:DD:EE:FF" → "XX:XX:XX:XX:EE:FF"; anything unreadable → "XX".</summary>
    public static string Mask(string? mac)
    {
        var parts = (mac ?? string.Empty).Split(':', '-');
        return parts.Length == 6
            ? "XX:XX:XX:XX:" + parts[4].ToUpperInvariant() + ":" + parts[5].ToUpperInvariant()
            : "XX";
    }
}
