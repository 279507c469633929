namespace KimHotspot.RouterSimulator.Model;

/// <summary>Maps a RouterOS version string to its API behaviour (reference §2.3, §10).</summary>
internal static class VersionProfiles
{
    /// <summary>Builds the profile of <paramref name="version"/> ("6.42", "7.19", "7.18.2", "7.19 (stable)").</summary>
    public static VersionProfile Parse(string version)
    {
        var v = Numbers(version);
        bool legacy = v < new Version(6, 43);
        return new VersionProfile(
            Version: Label(version),
            PlainLogin: v >= new Version(6, 43),
            ChallengeLogin: v < new Version(6, 45, 1),
            SendsEmpty: v >= new Version(7, 18),
            YesNoBooleans: legacy,
            IsoDates: v >= new Version(7, 10),
            DeadAsYes: legacy);
    }

    /// <summary>The version number part without channel, e.g. "7.19".</summary>
    public static string Label(string version)
    {
        var trimmed = version.Trim();
        int space = trimmed.IndexOf(' ', StringComparison.Ordinal);
        return space < 0 ? trimmed : trimmed[..space];
    }

    /// <summary>Version as RouterOS prints it in /system/resource: "7.19 (stable)".</summary>
    public static string Display(string version) =>
        version.Contains('(', StringComparison.Ordinal) ? version.Trim() : Label(version) + " (stable)";

    private static Version Numbers(string version)
    {
        var parts = Label(version).Split('.');
        int[] n = [0, 0, 0];
        for (int i = 0; i < Math.Min(3, parts.Length); i++)
        {
            int digits = 0;
            while (digits < parts[i].Length && char.IsAsciiDigit(parts[i][digits]))
            {
                digits++;
            }

            n[i] = digits == 0 ? 0 : int.Parse(parts[i].AsSpan(0, digits), System.Globalization.CultureInfo.InvariantCulture);
        }

        return new Version(n[0], n[1], n[2]);
    }
}
