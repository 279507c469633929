using System.Globalization;
using System.Text.RegularExpressions;

namespace KimHotspot.Deploy.Tests;

/// <summary>The units carry the hardening, layout and limits the deployment relies on.</summary>
public sealed partial class HardeningTests
{
    public static TheoryData<string, string, string> Units() => new()
    {
        { "portal", "KimHotspot.Portal", "Portal__DataDirectory" },
        { "agent", "KimHotspot.RouterAgent", "Outbox__Directory" },
        { "central", "KimHotspot.Central", "Central__DataDirectory" },
    };

    public static TheoryData<string> Apps() => ["portal", "agent", "central"];

    [Theory]
    [MemberData(nameof(Apps))]
    public void Unit_Sandbox_IsHardened(string app)
    {
        var unit = SystemdUnit.Load(UnitVerifyTests.UnitPath(app));

        Assert.Equal("kimhotspot", unit.Service("User"));
        Assert.Equal("kimhotspot", unit.Service("Group"));
        foreach (var yes in new[]
                 {
                     "NoNewPrivileges", "ProtectHome", "PrivateTmp", "PrivateDevices", "ProtectKernelTunables",
                     "ProtectKernelModules", "ProtectKernelLogs", "ProtectControlGroups", "RestrictNamespaces",
                     "RestrictSUIDSGID", "LockPersonality",
                 })
        {
            Assert.True(unit.Service(yes) == "yes", $"{app}: {yes}=yes expected, got '{unit.Service(yes)}'");
        }

        Assert.Equal("strict", unit.Service("ProtectSystem"));
        Assert.Equal("", unit.Service("CapabilityBoundingSet"));
        Assert.Equal("AF_UNIX AF_INET AF_INET6", unit.Service("RestrictAddressFamilies"));
        Assert.Equal("@system-service", unit.All("Service", "SystemCallFilter")[0]);
        Assert.Contains("~@privileged", unit.All("Service", "SystemCallFilter"));
        Assert.Equal("native", unit.Service("SystemCallArchitectures"));
        // JIT builds write and then execute code: MemoryDenyWriteExecute would kill them at start.
        Assert.NotEqual("yes", unit.Service("MemoryDenyWriteExecute"));
    }

    [Theory]
    [MemberData(nameof(Units))]
    public void Unit_Layout_MatchesInstallScript(string app, string executable, string dataKey)
    {
        var unit = SystemdUnit.Load(UnitVerifyTests.UnitPath(app));
        var data = $"/var/lib/kimhotspot/{app}";

        Assert.Equal("notify", unit.Service("Type"));
        Assert.Equal($"/opt/kimhotspot/{app}/current/{executable}", unit.Service("ExecStart"));
        Assert.Equal($"/opt/kimhotspot/{app}/current", unit.Service("WorkingDirectory"));
        Assert.Equal($"/etc/kimhotspot/{app}.env", unit.Service("EnvironmentFile"));
        Assert.Equal($"kimhotspot/{app}", unit.Service("StateDirectory"));
        Assert.Equal([data], unit.All("Service", "ReadWritePaths"));
        Assert.Contains($"{dataKey}={data}", unit.All("Service", "Environment"));
        Assert.Equal("on-failure", unit.Service("Restart"));
        Assert.NotNull(unit.Service("LimitNOFILE"));
        Assert.Equal("multi-user.target", unit.All("Install", "WantedBy").Single());
    }

    [Fact]
    public void VillageUnits_MemoryMax_FitsOneGigabytePi()
    {
        var portal = Bytes(SystemdUnit.Load(UnitVerifyTests.UnitPath("portal")).Service("MemoryMax"));
        var agent = Bytes(SystemdUnit.Load(UnitVerifyTests.UnitPath("agent")).Service("MemoryMax"));

        // Both together leave at least ~half of a 1 GB board to the OS, page cache and SSH.
        Assert.InRange(portal + agent, 1, 600L * 1024 * 1024);
        Assert.InRange(agent, 128L * 1024 * 1024, long.MaxValue); // above the measured JIT peak
    }

    [Fact]
    public void AgentUnit_Watchdog_AllowsTheCollectorsCycleAndClockCheck()
    {
        var unit = SystemdUnit.Load(UnitVerifyTests.UnitPath("agent"));

        var watchdog = unit.Service("WatchdogSec") ?? "";
        var minutes = WatchdogMinutes().Match(watchdog);
        Assert.True(minutes.Success, $"WatchdogSec={watchdog}: expected whole minutes");
        Assert.InRange(int.Parse(minutes.Groups[1].Value, CultureInfo.InvariantCulture), 2, 10);
        Assert.Equal("main", unit.Service("NotifyAccess"));
        // The clock-sync check reads the kernel's NTP state with adjtimex; ProtectClock= would deny it.
        Assert.Contains(unit.All("Service", "SystemCallFilter"), f => f.Split(' ').Contains("adjtimex"));
        Assert.Null(unit.Service("ProtectClock"));
    }

    private static long Bytes(string? size)
    {
        Assert.NotNull(size);
        var number = long.Parse(size[..^1], CultureInfo.InvariantCulture);
        return size[^1] switch
        {
            'K' => number * 1024,
            'M' => number * 1024 * 1024,
            'G' => number * 1024 * 1024 * 1024,
            _ => long.Parse(size, CultureInfo.InvariantCulture),
        };
    }

    [GeneratedRegex("^([0-9]+)min$")]
    private static partial Regex WatchdogMinutes();
}
