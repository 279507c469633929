using System.Security.Cryptography;
using System.Text;
using KimHotspot.RouterAgent.Collect;

namespace KimHotspot.RouterAgent.Tests.Collect;

public sealed class DeviceHashesTests
{
    private static readonly byte[] Salt = Encoding.ASCII.GetBytes("site-salt-0123456789");

    [Fact]
    public void Hash_AnySpelling_SaltedSha256OfCanonicalMac()
    {
        var devices = new DeviceHashes(Salt, TimeZoneInfo.Utc);
        string expected = Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes("site-salt-0123456789AA:BB:CC:DD:EE:0F")));

        Assert.Equal(expected, devices.Hash("aa-bb-cc-dd-ee-0f"));
        Assert.Equal(expected, devices.Hash("AA:BB:CC:DD:EE:0F"));
        Assert.DoesNotContain("AA", devices.Hash("AA:BB:CC:DD:EE:0F"), StringComparison.Ordinal);
    }

    [Fact]
    public void Hash_OtherSalt_OtherHash()
    {
        var a = new DeviceHashes(Salt, TimeZoneInfo.Utc);
        var b = new DeviceHashes(Encoding.ASCII.GetBytes("another-salt-0123456789"), TimeZoneInfo.Utc);

        Assert.NotEqual(a.Hash("AA:BB:CC:DD:EE:0F"), b.Hash("AA:BB:CC:DD:EE:0F"));
    }

    [Fact]
    public void Observe_NewLocalDay_CountRestarts()
    {
        var zone = TimeZoneInfo.CreateCustomTimeZone("WIB", TimeSpan.FromHours(7), "WIB", "WIB");
        var devices = new DeviceHashes(Salt, zone);
        var evening = new DateTimeOffset(2026, 3, 1, 16, 0, 0, TimeSpan.Zero); // 23:00 local

        var first = devices.Observe(["AA:BB:CC:DD:EE:01", "AA:BB:CC:DD:EE:02", "aa:bb:cc:dd:ee:01"], evening);
        devices.Observe(["AA:BB:CC:DD:EE:03"], evening.AddMinutes(30));
        Assert.Equal(2, first.Count);
        Assert.Equal(3, devices.TodayCount);

        devices.Observe(["AA:BB:CC:DD:EE:01"], evening.AddHours(1)); // 00:00 local, next day
        Assert.Equal(1, devices.TodayCount);
    }

    [Fact]
    public void Constructor_ShortSalt_Throws()
    {
        Assert.Throws<ArgumentException>(() => new DeviceHashes(new byte[8], TimeZoneInfo.Utc));
    }
}
