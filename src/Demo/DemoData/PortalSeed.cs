using KimHotspot.Demo.Launch;

namespace KimHotspot.Demo.DemoData;

/// <summary>What the Portal's demo data gives the person trying the demo.</summary>
public sealed record PortalLogins(string AdminPassword, string MemberUser, string MemberPassword, IReadOnlyList<string> VoucherCodes);

/// <summary>The Portal's demo data through its own command line: the KIM admin <c>admin</c> and <c>demo-data</c>.</summary>
public static class PortalSeed
{
    /// <summary>Makes sure the KIM admin exists with a fresh password and that the demo content is there.</summary>
    public static async Task<PortalLogins> RunAsync(
        string root, DemoPorts ports, string data, string logs, PortalLauncher.Wiring wiring, CancellationToken cancellationToken)
    {
        var (code, output) = await HostProcess.RunOnceAsync(PortalLauncher.Describe(root, ports, data, logs, wiring,
            "admin", "create", "--username", "admin", "--name", "Admin KIM (demo)", "--role", "admin"), cancellationToken);
        if (code != 0)
        {
            (_, output) = await HostProcess.RunOnceAsync(
                PortalLauncher.Describe(root, ports, data, logs, wiring, "admin", "reset-password", "--username", "admin"), cancellationToken);
        }

        var admin = ShownOnce.Secret(output, "KIM admin password");
        (code, output) = await HostProcess.RunOnceAsync(PortalLauncher.Describe(root, ports, data, logs, wiring, "demo-data"), cancellationToken);
        if (code != 0)
        {
            throw new InvalidOperationException("The Portal's demo-data command failed:" + Environment.NewLine + output);
        }

        var member = ShownOnce.After(output, "Member password for ") ?? "";
        var user = member.Split(' ')[0];
        var codes = (ShownOnce.After(output, "Voucher codes: ") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return new PortalLogins(admin, user, ShownOnce.Secret(output, "member password"), codes);
    }
}
