using KimHotspot.RouterOs.Hotspot;
using KimHotspot.RouterOs.Values;
using static KimHotspot.RouterOs.Tests.Hotspot.TestRows;

namespace KimHotspot.RouterOs.Tests.Hotspot;

public class HotspotRecordTests
{
    [Fact]
    public void HotspotActiveFromRow_FullRow_AllFieldsTyped()
    {
        var a = HotspotActive.FromRow(Row(".id=*C0A80A17", "server=hotspot1", "user=v-1234", "address=10.5.50.23",
            "mac-address=aa:bb:cc:dd:ee:ff", "login-by=http-chap", "uptime=1h2m3s", "idle-time=12s",
            "session-time-left=57m57s", "bytes-in=5000000000", "bytes-out=20480", "packets-in=2100",
            "packets-out=30", "limit-bytes-total=1000000000", "radius=no", "blocked=true"));
        Assert.Equal("*C0A80A17", a.Id);
        Assert.Equal("AA:BB:CC:DD:EE:FF", a.MacAddress);
        Assert.Equal(new TimeSpan(1, 2, 3), a.Uptime);
        Assert.Equal(TimeSpan.FromSeconds(12), a.IdleTime);
        Assert.Equal(new TimeSpan(0, 57, 57), a.SessionTimeLeft);
        Assert.Equal(5_000_000_000, a.BytesIn);
        Assert.Equal(2100, a.PacketsIn);
        Assert.Equal(1_000_000_000, a.LimitBytesTotal);
        Assert.False(a.Radius);
        Assert.True(a.Blocked);
    }

    [Fact]
    public void HotspotActiveFromRow_SparseRow_AbsentFieldsNull()
    {
        var a = HotspotActive.FromRow(Row(".id=*1", "user=alice", "uptime=garbage"));
        Assert.Equal("alice", a.User);
        Assert.Null(a.Uptime);
        Assert.Null(a.BytesIn);
        Assert.Null(a.SessionTimeLeft);
        Assert.Null(a.MacAddress);
    }

    [Fact]
    public void HotspotUserProfileFromRow_UnlimitedSharedUsers_Flagged()
    {
        var p = HotspotUserProfile.FromRow(Row(".id=*2", "name=gold", "rate-limit=1M/2M", "shared-users=unlimited",
            "session-timeout=0s", "idle-timeout=none", "keepalive-timeout=2m"));
        Assert.True(p.SharedUsersUnlimited);
        Assert.Null(p.SharedUsers);
        Assert.Equal(RateLimit.FromUploadDownload(1_000_000, 2_000_000), p.RateLimit);
        Assert.Equal(TimeSpan.Zero, p.SessionTimeout);
        Assert.Null(p.IdleTimeout);
        Assert.Equal(TimeSpan.FromMinutes(2), p.KeepaliveTimeout);
    }

    [Fact]
    public void HotspotUserFromRow_EmptyRow_NoThrow()
    {
        var u = HotspotUser.FromRow(RouterOsRow.Empty);
        Assert.Equal(string.Empty, u.Name);
        Assert.False(u.Disabled);
        Assert.Null(u.LimitUptime);
    }

    [Fact]
    public void HotspotUserSettingsFields_PasswordNotPrinted_OnlyPasswordDiffers()
    {
        // A router that hides passwords from this API user leaves them out of print: ensure must re-send them.
        var row = Row(".id=*4", "name=v-2", "profile=default");
        var fields = new HotspotUserSettings { Name = "v-2", Password = "p", Profile = "default" }.ToFields().Fields;
        Assert.Equal(["password"], fields.Where(f => f.Key != "name" && !f.Matches(row)).Select(f => f.Key));
    }

    [Fact]
    public void HotspotUserFromRow_FullRow_WritableAndStateFieldsTyped()
    {
        var u = HotspotUser.FromRow(Row(".id=*1A", "name=v-1", "password=x", "profile=1h", "server=all",
            "mac-address=aa-bb-cc-dd-ee-ff", "limit-uptime=1h", "limit-bytes-total=5000000000", "comment=batch42",
            "uptime=10m", "bytes-in=10", "disabled=true", "dynamic=no"));
        Assert.Equal(("*1A", "v-1", "x", "1h", "all"), (u.Id, u.Name, u.Password, u.Profile, u.Server));
        Assert.Equal("AA:BB:CC:DD:EE:FF", u.MacAddress);
        Assert.Equal(TimeSpan.FromHours(1), u.LimitUptime);
        Assert.Equal(5_000_000_000, u.LimitBytesTotal);
        Assert.Null(u.LimitBytesIn);
        Assert.Equal("batch42", u.Comment);
        Assert.Equal(TimeSpan.FromMinutes(10), u.Uptime);
        Assert.True(u.Disabled);
        Assert.False(u.Dynamic);
    }

    [Fact]
    public void WalledGardenEntriesFromRow_FullRows_RuleAndStateTyped()
    {
        var http = WalledGardenEntry.FromRow(Row(".id=*7", "action=allow", "dst-host=*.example.com", "path=/pay",
            "method=GET", "comment=portal", "hits=42", "disabled=no"));
        var ip = WalledGardenIpEntry.FromRow(Row(".id=*8", "action=accept", "dst-address=203.0.113.5", "protocol=tcp",
            "dst-port=443", "invalid=yes"));
        Assert.Equal(("*7", "allow", "*.example.com", "/pay", "GET", "portal"), (http.Id, http.Action, http.DstHost, http.Path, http.Method, http.Comment));
        Assert.Equal(42, http.Hits);
        Assert.False(http.Disabled);
        Assert.Equal(("*8", "accept", "203.0.113.5", "tcp", "443"), (ip.Id, ip.Action, ip.DstAddress, ip.Protocol, ip.DstPort));
        Assert.Null(ip.DstHost);
        Assert.True(ip.Invalid);
    }
}
