using KimHotspot.Demo.Launch;

namespace KimHotspot.Demo.DemoData;

/// <summary>Central's demo data through its own command line: the admin operator and the village's site with its key file.</summary>
public static class CentralSeed
{
    /// <summary>The demo village's site id (a Kemendagri-style village code).</summary>
    public const string SiteId = "32.04.12.2001";

    /// <summary>Makes sure operator <c>admin</c> exists with a fresh password, and returns it.</summary>
    public static async Task<string> AdminPasswordAsync(string root, DemoPorts ports, string data, string logs, CancellationToken cancellationToken)
    {
        var (code, output) = await HostProcess.RunOnceAsync(
            CentralLauncher.Describe(root, ports, data, logs, null, "operator", "create", "admin", "--role", "admin"), cancellationToken);
        if (code != 0)
        {
            // A later run over the same data: the account exists, so give it a new password.
            (_, output) = await HostProcess.RunOnceAsync(
                CentralLauncher.Describe(root, ports, data, logs, null, "operator", "reset-password", "admin"), cancellationToken);
        }

        return ShownOnce.Secret(output, "operator password");
    }

    /// <summary>
    /// Registers the site (report interval <paramref name="interval"/>, Portal on this machine) when absent and keeps its
    /// key in <paramref name="keyFile"/>; a registered site without that file gets a new key.
    /// </summary>
    public static async Task EnsureSiteAsync(
        string root, DemoPorts ports, string data, string logs, string keyFile, TimeSpan interval, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ports);
        var (code, output) = await HostProcess.RunOnceAsync(CentralLauncher.Describe(root, ports, data, logs, null,
            "site", "create", SiteId, "--name", "Desa Sukamaju", "--kecamatan", "Cikancung", "--lat", "-7.0155", "--lon", "107.8472",
            "--portal-url", DemoPorts.Local(ports.Portal).ToString().TrimEnd('/'),
            "--interval", ((int)interval.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture)), cancellationToken);
        if (code != 0 && File.Exists(keyFile))
        {
            return; // registered by an earlier run, which kept the key
        }

        if (code != 0)
        {
            var created = output;
            (code, output) = await HostProcess.RunOnceAsync(
                CentralLauncher.Describe(root, ports, data, logs, null, "site", "rotate-key", SiteId), cancellationToken);
            output = code == 0 ? output : created + Environment.NewLine + output;
        }

        var key = code == 0 ? ShownOnce.Secret(output, "site key") : throw new InvalidOperationException("Central refused the site:" + Environment.NewLine + output);
        await File.WriteAllTextAsync(keyFile, key + Environment.NewLine, cancellationToken);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(keyFile, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
    }
}
